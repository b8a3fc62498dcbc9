package org.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.app.Services;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.search.BadQueryException;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.LetterContent;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.service.LargeCase;
import org.casebook.service.SearchService;
import org.casebook.testsupport.TestServices;

/**
 * Lucene search of a large case (by default {@link LargeCase.Size#FULL}: 10,000 letters, 200,000 items) against
 * SQLite FTS5 over the same documents: build time, size on disk, and the latency of {@value #LIMIT}-hit searches with
 * an exact total and snippets, over {@code BenchQueries.MIX} queries drawn from the case's words, after a warm-up
 * pass; overall and per class of query. The targets: p95 at most {@value #TARGET_P95_MS} ms, and not slower
 * than FTS5. Not a unit test. Run with:
 * {@code ./mvnw -q -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.casebook.bench.SearchBenchmark}, adding {@code -Dexec.args="--letters 1000"} for a smaller
 * case, {@code "--case PATH"} to search an existing case instead of making one, {@code "--keep"} to keep the
 * temporary folder (its path is printed), {@code "--seed N"} for another case and other queries.
 */
public final class SearchBenchmark {

    private static final int LIMIT = 20;
    private static final double TARGET_P95_MS = 50;
    private static final int EXPORT_BATCH = 250;
    private static final int SAMPLE_EVERY = 20;

    private SearchBenchmark() {
    }

    private record Options(Optional<Path> existing, int letters, boolean keep, long seed) {
        static Options of(String[] args) {
            Optional<Path> existing = Optional.empty();
            int letters = LargeCase.Size.FULL.letters();
            boolean keep = false;
            long seed = 2026;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--case" -> existing = Optional.of(Path.of(args[++i]));
                    case "--letters" -> letters = Integer.parseInt(args[++i]);
                    case "--keep" -> keep = true;
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Options(existing, letters, keep, seed);
        }
    }

    /** One engine's figures for the final table. */
    private record Engine(double buildSeconds, long bytes, long documents, long[] nanos, long[] totals) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.of(args);
        Path dir = Files.createTempDirectory("casebook-search-bench");
        System.out.println("Working in " + dir + (options.keep() ? " (kept)" : " (removed at the end)"));
        Services services = TestServices.in(dir.resolve("home"));
        try (CaseHandle handle = options.existing().map(services.caseService()::open)
                .orElseGet(() -> services.caseService().create(dir.resolve("case")))) {
            if (options.existing().isEmpty()) {
                LargeCase.Summary made = LargeCase.fill(handle, LargeCase.Size.letters(options.letters()),
                        options.seed(), every(1000, "letters written"));
                System.out.printf(Locale.ROOT, "Generated %,d letters, %,d items, %,d notes, %,d commitments, %d bodies,"
                                + " %d meetings (%,d items themed, %,d with a stance and reasons) in %.1f s%n",
                        made.letters(), made.items(), made.notes(), made.commitments(), made.bodies(), made.meetings(),
                        made.themed(), made.withStance(), made.time().toMillis() / 1000.0);
            } else {
                System.out.println("Using the existing case " + handle.root());
            }
            run(services.searchService(), handle, dir, options.seed());
        } finally {
            if (!options.keep()) {
                remove(dir);
            }
        }
    }

    private static void run(SearchService search, CaseHandle handle, Path dir, long seed) throws Exception {
        long start = System.nanoTime();
        search.rebuild(handle, every(2000, "letters indexed"));
        double luceneBuild = seconds(start);
        SearchService.IndexFigures figures = search.figures(handle);
        System.out.printf(Locale.ROOT, "Lucene: built from scratch in %.1f s; %,d documents, %.1f MB on disk%n",
                luceneBuild, figures.documents(), figures.bytes() / 1048576.0);

        List<String> sample = new ArrayList<>();
        Fts5Index fts5 = Fts5Index.create(dir.resolve("fts5.db"));
        double fts5Build = buildFts5(handle, fts5, sample);
        System.out.printf(Locale.ROOT, "FTS5:   built in %.1f s (inserts and optimize; reading the case not counted); "
                + "%,d documents, %.1f MB on disk%n", fts5Build, fts5.documents(), fts5.sizeBytes() / 1048576.0);

        List<Long> bodies = CaseAccess.read(handle, r -> r.bodies().bodies().stream().map(b -> b.id()).toList());
        List<BenchQueries.Query> queries = new BenchQueries(sample, bodies, seed).all();
        System.out.println("Queries: " + queries.size() + " drawn from " + sample.size() + " sample texts; mix "
                + BenchQueries.MIX);
        printExamples(queries);

        time(queries, q -> lucene(search, handle, q));
        long[][] lucene = time(queries, q -> lucene(search, handle, q));
        time(queries, q -> fts5.search(q.fts5(), LIMIT).total());
        long[][] sqlite = time(queries, q -> fts5.search(q.fts5(), LIMIT).total());
        fts5.close();

        Engine l = new Engine(luceneBuild, figures.bytes(), figures.documents(), lucene[0], lucene[1]);
        Engine f = new Engine(fts5Build, Files.size(dir.resolve("fts5.db")), 0, sqlite[0], sqlite[1]);
        printClasses(queries, l, f);
        printTable(l, f);
        printCounts(queries, l, f);
    }

    private static long lucene(SearchService search, CaseHandle handle, BenchQueries.Query q) {
        SearchResults results = search.search(handle, new SearchQuery(q.lucene(), q.filters(), LIMIT));
        return results.total();
    }

    private static double buildFts5(CaseHandle handle, Fts5Index fts5, List<String> sample) throws Exception {
        List<Long> ids = CaseAccess.read(handle, r -> r.search().letterIds());
        long inserting = 0;
        int seen = 0;
        for (int at = 0; at < ids.size(); at += EXPORT_BATCH) {
            List<Long> batch = ids.subList(at, Math.min(ids.size(), at + EXPORT_BATCH));
            List<LetterContent> contents = CaseAccess.read(handle, r -> r.search().contents(batch));
            List<Fts5Index.Doc> docs = new ArrayList<>();
            contents.forEach(c -> docs.addAll(Fts5Index.documents(c)));
            for (Fts5Index.Doc d : docs) {
                if (d.kind() != HitKind.LETTER && seen++ % SAMPLE_EVERY == 0) {
                    sample.add(d.text());
                }
            }
            long start = System.nanoTime();
            fts5.add(docs);
            inserting += System.nanoTime() - start;
        }
        long start = System.nanoTime();
        fts5.finish();
        return (inserting + System.nanoTime() - start) / 1e9;
    }

    @FunctionalInterface
    private interface Search {
        long total(BenchQueries.Query query) throws Exception;
    }

    /** Each query's time in nanoseconds and its total; a query an engine cannot read counts -1. */
    private static long[][] time(List<BenchQueries.Query> queries, Search engine) throws Exception {
        long[] nanos = new long[queries.size()];
        long[] totals = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            try {
                totals[i] = engine.total(queries.get(i));
            } catch (BadQueryException | java.sql.SQLException e) {
                totals[i] = -1;
            }
            nanos[i] = System.nanoTime() - start;
        }
        return new long[][] {nanos, totals};
    }

    private static void printExamples(List<BenchQueries.Query> queries) {
        Map<String, BenchQueries.Query> first = new LinkedHashMap<>();
        queries.forEach(q -> first.putIfAbsent(q.kind(), q));
        first.values().forEach(q -> System.out.printf(Locale.ROOT, "  e.g. %-13s Lucene %-32s FTS5 %s%s%n", q.kind(),
                q.lucene() + (q.filters().isEmpty() ? "" : " +filter"), q.fts5().match(),
                q.fts5().column().map(c -> " AND " + c + " = " + q.fts5().value().orElseThrow()).orElse("")));
    }

    private static void printClasses(List<BenchQueries.Query> queries, Engine l, Engine f) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-14s %5s | %-31s | %-31s | %s%n", "class", "n", "Lucene p50/p95/p99/max ms",
                "FTS5 p50/p95/p99/max ms", "median hits L/F");
        for (String kind : BenchQueries.MIX.keySet()) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i).kind().equals(kind)) {
                    at.add(i);
                }
            }
            long[] ln = at.stream().mapToLong(i -> l.nanos()[i]).toArray();
            long[] fn = at.stream().mapToLong(i -> f.nanos()[i]).toArray();
            long[] lt = at.stream().mapToLong(i -> l.totals()[i]).sorted().toArray();
            long[] ft = at.stream().mapToLong(i -> f.totals()[i]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-14s %5d | %-31s | %-31s | %,d / %,d%n", kind, at.size(), quartet(ln),
                    quartet(fn), lt[lt.length / 2], ft[ft.length / 2]);
        }
        System.out.printf(Locale.ROOT, "%-14s %5d | %-31s | %-31s |%n", "all", queries.size(), quartet(l.nanos()),
                quartet(f.nanos()));
    }

    private static String quartet(long[] nanos) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), ms(nanos, 1.0));
    }

    private static void printTable(Engine l, Engine f) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-26s | %12s | %12s | %s%n", "metric", "Lucene", "FTS5", "ratio L/F");
        row("build from scratch (s)", l.buildSeconds(), f.buildSeconds());
        row("size on disk (MB)", l.bytes() / 1048576.0, f.bytes() / 1048576.0);
        row("mean latency (ms)", mean(l.nanos()), mean(f.nanos()));
        for (double q : new double[] {0.50, 0.95, 0.99, 1.0}) {
            row(q == 1.0 ? "max latency (ms)" : String.format(Locale.ROOT, "p%.0f latency (ms)", q * 100),
                    ms(l.nanos(), q), ms(f.nanos(), q));
        }
        double p95 = ms(l.nanos(), 0.95);
        System.out.printf(Locale.ROOT, "target \"p95 <= %.0f ms\": %s (%.1f ms)%n", TARGET_P95_MS,
                p95 <= TARGET_P95_MS ? "met" : "missed", p95);
        boolean notSlower = p95 <= ms(f.nanos(), 0.95) && ms(l.nanos(), 0.50) <= ms(f.nanos(), 0.50);
        System.out.printf(Locale.ROOT, "target \"not slower than FTS5\" (p50 and p95): %s%n",
                notSlower ? "met" : "missed");
    }

    private static void row(String metric, double lucene, double fts5) {
        System.out.printf(Locale.ROOT, "%-26s | %12.1f | %12.1f | %.2f%n", metric, lucene, fts5,
                fts5 == 0 ? Double.NaN : lucene / fts5);
    }

    /** Hit counts side by side: stemming and stop words differ, so only a gross mismatch matters. */
    private static void printCounts(List<BenchQueries.Query> queries, Engine l, Engine f) {
        List<Double> ratios = new ArrayList<>();
        int unreadable = 0;
        int bothNone = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (l.totals()[i] < 0 || f.totals()[i] < 0) {
                unreadable++;
            } else if (f.totals()[i] > 0) {
                ratios.add((double) l.totals()[i] / f.totals()[i]);
            } else if (l.totals()[i] == 0) {
                bothNone++;
            }
        }
        ratios.sort(Comparator.naturalOrder());
        long close = ratios.stream().filter(r -> r >= 0.5 && r <= 2).count();
        System.out.printf(Locale.ROOT, "%nHit counts, Lucene / FTS5 over %d queries with FTS5 hits: median %.2f, "
                        + "within 0.5-2x %d, outside %d; both none %d; unreadable to one of them %d%n", ratios.size(),
                ratios.isEmpty() ? Double.NaN : ratios.get(ratios.size() / 2), close, ratios.size() - close, bothNone,
                unreadable);
        System.out.printf(Locale.ROOT, "Lucene queries with no hit: %d of %d%n",
                Arrays.stream(l.totals()).filter(t -> t == 0).count(), queries.size());
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static ProgressListener every(int step, String what) {
        return (done, total, message) -> {
            if (done % step == 0 && done > 0 || done == total) {
                System.out.printf(Locale.ROOT, "  %,d of %,d %s%n", done, total, what);
            }
        };
    }

    private static void remove(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
