package newskg.bench;

import java.util.ArrayList;
import java.util.List;

/** Many clients at once (32 by default) sending the query files in turn for a while (60 s by default). */
final class MixPart implements BenchPart {
    @Override
    public String name() {
        return "mix";
    }

    @Override
    public List<String> needs() {
        return List.of("build");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        List<String> texts = new ArrayList<>();
        ctx.queries().forEach(q -> texts.add(q.text()));
        int clients = ctx.settings().clients();
        ctx.log(clients + " clients for " + ctx.settings().duration().toSeconds() + " s on " + texts.size()
                + " query files");
        HttpLoad.Result r = HttpLoad.mix(ctx.server().sparqlUrl(), texts, clients, ctx.settings().duration());
        String label = clients + " clients";
        return List.of(Measurement.of(name(), label + ": requests", r.requests(), ""),
                Measurement.atMost(name(), label + ": errors " + (r.errors().isEmpty() ? "" : r.errors()),
                        r.errorCount(), "", 0),
                Measurement.of(name(), label + ": throughput", r.throughput(), "requests/s"),
                Measurement.of(name(), label + ": p50", r.p50(), "ms"),
                Measurement.of(name(), label + ": p99", r.p99(), "ms"));
    }
}
