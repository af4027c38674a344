package newskg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listening loopback socket that counts the connections made to it and answers nothing: "another
 * host" for the tests that check that no query reaches one.
 */
public final class CountingListener implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread accepting;

    public CountingListener() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accepting = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    // closed
                }
            }
        });
        accepting.start();
    }

    /** An endpoint URL on this listener, with something worth stealing in it. */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql?secret=1";
    }

    /** Connections so far, after a moment for any in flight to arrive. */
    public int connections() throws InterruptedException {
        Thread.sleep(300);
        return connections.get();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            socket.close();
        } catch (IOException e) {
            // closing
        }
        accepting.join(5000);
    }
}
