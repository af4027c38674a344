package newskg.bench;

import java.util.ArrayList;
import java.util.List;
import newskg.explore.PageTimings;

/**
 * The explorer's pages over HTTP against the server on the built store, one client: for each kind of page
 * (search, entity, article, graph, an IRI as Turtle) the requests a browser makes for it, over the most
 * mentioned entities and a seeded draw of the others ({@link PageTimings}). Each page must answer in
 * 200 ms.
 */
final class ExplorerPart implements BenchPart {
    private static final int SAMPLES = 100;
    private static final int ROUNDS = 3;

    @Override
    public String name() {
        return "explorer";
    }

    @Override
    public List<String> needs() {
        return List.of("build");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) {
        PageTimings timings = new PageTimings(ctx.server().serverUrl(), ctx.server().sparqlUrl());
        List<PageTimings.Figures> figures = timings.measure(SAMPLES, ROUNDS, 1, null);
        List<Measurement> out = new ArrayList<>();
        for (PageTimings.Figures f : figures) {
            ctx.log(String.format(java.util.Locale.ROOT, "  %s: %d pages, p50 %.1f ms, p99 %.1f ms, slowest %s",
                    f.page(), f.requests(), f.p50(), f.p99(), f.slowest()));
            out.add(Measurement.atMost(name(), f.page() + " p50", f.p50(), "ms", 200));
            out.add(Measurement.atMost(name(), f.page() + " p99", f.p99(), "ms", 200));
        }
        return out;
    }
}
