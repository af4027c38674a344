package newskg.bench;

import java.util.ArrayList;
import java.util.List;
import newskg.source.ArticleInput;

/**
 * The server as users run it ({@link ServedLoad}: {@code serve} in its own JVM), under the clients of the
 * mix: once as configured (admission control), once without it (as many queries at once as clients
 * send: the behaviour before), and once while the whole corpus is rebuilt through the server, each
 * article replaced while readers count it. The store is the build part's; the rebuild changes it last.
 */
final class LivePart implements BenchPart {
    /** Articles whose completeness the clients check while they are replaced. */
    private static final int CHECKED = 8;

    @Override
    public String name() {
        return "live";
    }

    @Override
    public List<String> needs() {
        return List.of("build");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        ctx.stopServer();
        List<String> texts = new ArrayList<>();
        ctx.queries().forEach(q -> texts.add(q.text()));
        int clients = ctx.settings().clients();
        List<Measurement> out = new ArrayList<>();
        ctx.log(clients + " clients for " + ctx.settings().duration().toSeconds() + " s, serve in its own JVM");
        out.addAll(figures(ctx.settings().clients() + " clients", new ServedLoad(ctx, ctx.store(), texts, clients,
                ctx.settings().duration(), List.of()).run(List.of(), 0)));
        ctx.log("the same without admission control (--max-queries 1000 --max-waiting 0)");
        out.addAll(figures(clients + " clients, no admission control", new ServedLoad(ctx, ctx.store(), texts,
                clients, ctx.settings().duration(), List.of("--max-queries", "1000", "--max-waiting", "0"))
                .run(List.of(), 0)));
        List<ArticleInput> corpus = new ArrayList<>(ctx.files());
        ServedLoad.Result r = new ServedLoad(ctx, ctx.store(), texts, clients, ctx.settings().duration(), List.of())
                .run(corpus, CHECKED);
        String label = clients + " clients while rebuilding";
        out.addAll(figures(label, r));
        out.add(Measurement.atLeast(name(), label + ": articles stored", r.stored(), "", corpus.size() - r.rebuildSkips()));
        out.add(Measurement.of(name(), label + ": rebuild", r.stored() / r.rebuildSecs(), "articles/s"));
        out.add(Measurement.of(name(), label + ": completeness checks", r.checks(), ""));
        out.add(Measurement.atMost(name(), label + ": partial articles seen" + (r.partial().isEmpty() ? ""
                : " " + r.partial().subList(0, Math.min(3, r.partial().size()))), r.partial().size(), "", 0));
        return out;
    }

    private List<Measurement> figures(String label, ServedLoad.Result r) {
        int cores = Runtime.getRuntime().availableProcessors();
        return List.of(
                Measurement.of(name(), label + ": requests", r.requests(), ""),
                Measurement.of(name(), label + ": answered", r.count(200) / r.seconds(), "requests/s"),
                Measurement.of(name(), label + ": busy (503, Retry-After)", r.count(ServedLoad.BUSY), ""),
                Measurement.atMost(name(), label + ": errors " + errors(r), r.errors(), "", 0),
                Measurement.of(name(), label + ": p50 answered", r.percentile(0.50), "ms"),
                Measurement.of(name(), label + ": p99 answered", r.percentile(0.99), "ms"),
                Measurement.of(name(), label + ": server peak RSS", r.peakRssBytes() / 1e6, "MB"),
                Measurement.of(name(), label + ": server CPU", 100 * r.cpuSeconds() / r.seconds() / cores,
                        "% of " + cores + " cores"),
                Measurement.atMost(name(), label + ": log lines not one per request" + (r.otherLogLines().isEmpty() ? ""
                        : " (" + r.otherLogLines().get(0) + ")"), r.otherLogLines().size(), "", 0));
    }

    private static String errors(ServedLoad.Result r) {
        List<String> e = new ArrayList<>();
        r.statuses().forEach((status, n) -> {
            if (status != 200 && status != ServedLoad.BUSY) {
                e.add((status == 503 ? "503 timed out" : status == -1 ? "no answer" : Integer.toString(status)) + ": " + n);
            }
        });
        return e.isEmpty() ? "" : e.toString();
    }
}
