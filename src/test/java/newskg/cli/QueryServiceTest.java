package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import newskg.server.CountingListener;
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
    private CountingListener listener;

    @BeforeEach
    void listen() {
        store = TestStores.fixtureStore(dir.resolve("store"));
        listener = new CountingListener();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
    }

    private String service() {
        return "SELECT * { SERVICE <" + listener.url() + "> { ?s ?p ?o } }";
    }

    @Test
    void queryRefusesServiceWithAOneLineMessage() throws Exception {
        Cli.Run r = Cli.run("query", "--store", store.toString(), service());

        assertEquals(1, r.exit());
        assertEquals("newskg: SERVICE is turned off: the query would send a request to another endpoint; start with"
                + " --allow-service to allow it\n", r.err());
        assertEquals(0, listener.connections());
    }

    @Test
    void withAllowServiceTheQueryGoesOut() throws Exception {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--allow-service", service());

        assertEquals(1, r.exit(), "the listener answers nothing: " + r.err());
        assertTrue(listener.connections() > 0);
    }

    @Test
    void deepNestingIsAOneLineError() {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "SELECT * " + "{ ".repeat(2000) + "} ".repeat(2000));

        assertEquals(1, r.exit());
        assertEquals("newskg: query nested 2000 brackets deep; at most 100 levels are accepted\n", r.err());
    }
}
