package newskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SPARQL over HTTP as clients send it: one query timed again and again, or many clients sending a mix
 * for a while. Each request is a form POST and its whole answer is read.
 * <pre>
 *   HttpLoad.Latency l = HttpLoad.time(url, query, 2, 20);      // l.p50(), l.p99() in ms
 *   HttpLoad.Result r = HttpLoad.mix(url, queries, 32, Duration.ofSeconds(60));
 * </pre>
 * Thread-safe: every call uses its own client.
 */
public final class HttpLoad {
    private HttpLoad() {
    }

    /** Latencies of one query, in milliseconds, and the statuses that were not 200. */
    public record Latency(List<Double> millis, Map<Integer, Integer> errors) {
        public double p50() {
            return percentile(millis, 0.50);
        }

        public double p99() {
            return percentile(millis, 0.99);
        }
    }

    /** What a load of many clients did. */
    public record Result(int clients, double seconds, int requests, Map<Integer, Integer> errors, List<Double> millis) {
        public double p50() {
            return percentile(millis, 0.50);
        }

        public double p99() {
            return percentile(millis, 0.99);
        }

        /** Answered requests per second. */
        public double throughput() {
            return seconds > 0 ? requests / seconds : 0;
        }

        /** Requests not answered with 200 (status 0: no answer at all). */
        public int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The {@code q} quantile (0..1) of {@code values}, nearest rank; 0 when empty. */
    public static double percentile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Sends {@code query} {@code warmup} times untimed, then {@code runs} times timed, one at a time. */
    public static Latency time(String endpoint, String query, int warmup, int runs) {
        HttpClient client = client();
        Map<Integer, Integer> errors = new TreeMap<>();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            int status = answer(client, endpoint, query).status();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (status != 200) {
                errors.merge(status, 1, Integer::sum);
            }
            if (i >= warmup) {
                millis.add(ms);
            }
        }
        return new Latency(millis, errors);
    }

    /**
     * {@code clients} threads each sending the queries in turn (each starting at a different one) until
     * {@code duration} is over; a client refused with {@code Retry-After} waits that long before its next
     * query (the refusal still counts as an error).
     */
    public static Result mix(String endpoint, List<String> queries, int clients, Duration duration)
            throws InterruptedException {
        Map<Integer, Integer> errors = new ConcurrentHashMap<>();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                HttpClient client = client();
                for (int i = first; System.nanoTime() < end; i++) {
                    long s = System.nanoTime();
                    Answer a = answer(client, endpoint, queries.get(i % queries.size()));
                    millis.add((System.nanoTime() - s) / 1e6);
                    requests.incrementAndGet();
                    if (a.status() != 200) {
                        errors.merge(a.status(), 1, Integer::sum);
                    }
                    if (a.retryAfterSeconds() > 0) { // a busy server: come back when it asks, as clients do
                        try {
                            Thread.sleep(a.retryAfterSeconds() * 1000L);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(clients, seconds, requests.get(), new TreeMap<>(errors), List.copyOf(millis));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** An answer's status (0: no answer at all) and the seconds its {@code Retry-After} asks for (0: none). */
    private record Answer(int status, int retryAfterSeconds) {
    }

    private static Answer answer(HttpClient client, String endpoint, String query) {
        HttpRequest req = request(endpoint, query);
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            int retry = 0;
            try {
                retry = Integer.parseInt(r.headers().firstValue("Retry-After").orElse("0").trim());
            } catch (NumberFormatException e) {
                retry = 1;
            }
            return new Answer(r.statusCode(), r.statusCode() == 200 ? 0 : Math.max(0, retry));
        } catch (IOException e) {
            return new Answer(0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, 0);
        }
    }

    private static HttpRequest request(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }
}
