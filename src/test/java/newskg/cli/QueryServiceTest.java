package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import newskg.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg query} and the console on the store refuse SERVICE unless --allow-service: nothing leaves. */
class QueryServiceTest {
    @TempDir
    Path dir;
    private Path store;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread accepting;

    @BeforeEach
    void listen() throws IOException {
        store = TestStores.fixtureStore(dir.resolve("store"));
        listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        accepting = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    // closed
                }
            }
        });
        accepting.start();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
        accepting.join(5000);
    }

    private String service() {
        return "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
    }

    @Test
    void queryRefusesServiceWithAOneLineMessage() throws Exception {
        Cli.Run r = Cli.run("query", "--store", store.toString(), service());

        assertEquals(1, r.exit());
        assertEquals("newskg: SERVICE is turned off: the query would send a request to another endpoint; start with"
                + " --allow-service to allow it\n", r.err());
        Thread.sleep(200);
        assertEquals(0, connections.get());
    }

    @Test
    void withAllowServiceTheQueryGoesOut() throws Exception {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--allow-service", service());

        assertEquals(1, r.exit(), "the listener answers nothing: " + r.err());
        Thread.sleep(200);
        assertTrue(connections.get() > 0);
    }

    @Test
    void deepNestingIsAOneLineError() {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "SELECT * " + "{ ".repeat(2000) + "} ".repeat(2000));

        assertEquals(1, r.exit());
        assertEquals("newskg: query nested 2000 brackets deep; at most 100 levels are accepted\n", r.err());
    }
}
