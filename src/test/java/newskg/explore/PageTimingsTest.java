package newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTimingsTest {
    @Test
    void quantilesAreNearestRank() {
        List<Double> ms = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(5.0, PageTimings.quantile(ms, 0.5));
        assertEquals(9.0, PageTimings.quantile(ms, 0.9));
        assertEquals(10.0, PageTimings.quantile(ms, 0.99));
        assertEquals(7.0, PageTimings.quantile(List.of(7.0), 0.99));
    }

    @Test
    void serverCpuComesFromServerTiming() {
        assertEquals(12.5, PageTimings.serverCpu("store;dur=40.1, cpu;dur=12.5"));
        assertEquals(0.0, PageTimings.serverCpu(""));
    }
}
