package newskg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Every query file over HTTP against a server on the built store, one request at a time: p50 and p99
 * of the settings' number of runs after two warm-ups. Lookups by name must answer in milliseconds,
 * list queries in well under a second.
 */
final class QueryPart implements BenchPart {
    @Override
    public String name() {
        return "queries";
    }

    @Override
    public List<String> needs() {
        return List.of("build");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        String url = ctx.server().sparqlUrl();
        List<BenchContext.NamedQuery> queries = ctx.queries();
        ctx.log("name lookups for " + ctx.get("queries.person", String.class) + " and "
                + ctx.get("queries.organization", String.class));
        List<Measurement> out = new ArrayList<>();
        for (BenchContext.NamedQuery q : queries) {
            HttpLoad.Latency l = HttpLoad.time(url, q.text(), 2, ctx.settings().runs());
            ctx.log(String.format(java.util.Locale.ROOT, "  %s: p50 %.1f ms, p99 %.1f ms%s", q.file(), l.p50(), l.p99(),
                    l.errors().isEmpty() ? "" : ", errors " + l.errors()));
            if (q.nameLookup()) {
                out.add(Measurement.atMost(name(), q.file() + " p50", l.p50(), "ms", 20));
                out.add(Measurement.atMost(name(), q.file() + " p99", l.p99(), "ms", 100));
            } else {
                out.add(Measurement.atMost(name(), q.file() + " p50", l.p50(), "ms", 300));
                out.add(Measurement.of(name(), q.file() + " p99", l.p99(), "ms"));
            }
            if (!l.errors().isEmpty()) {
                out.add(Measurement.atMost(name(), q.file() + " errors " + l.errors(),
                        l.errors().values().stream().mapToInt(Integer::intValue).sum(), "", 0));
            }
        }
        return out;
    }
}
