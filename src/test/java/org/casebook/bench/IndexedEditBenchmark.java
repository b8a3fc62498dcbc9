package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casebook.analysis.DefaultRules;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterImportService;
import org.casebook.service.SearchService;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;

/**
 * What keeping the search index in step costs per edit (ADR 23): two cases with the sample letter, one whose index
 * is open (so each edit also re-indexes its letter, and commits the index every 2 s) and one that has never been
 * searched (so no index follows it), the same edits as {@link EditDurabilityBenchmark} taking turns between them.
 * Prints the median and 95th percentile of an edit in each. Not a unit test. Run with:
 * {@code ./mvnw -q -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.casebook.bench.IndexedEditBenchmark}
 */
public final class IndexedEditBenchmark {

    private static final int WARM_UPS = 90;
    private static final int EDITS = 900;

    private IndexedEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("casebook-indexed-edit-bench");
        Path letter = EditDurabilityBenchmark.sampleLetter(dir);
        Clock clock = Clock.systemUTC();
        AnnotationService annotations = new AnnotationService(clock);
        LetterImportService imports = EditDurabilityBenchmark.imports();
        CaseService service = new CaseService(new CaseStore(new Backups(clock)), DefaultRules.lxp());
        SearchService search = new SearchService();
        try (CaseHandle indexed = service.create(dir.resolve("indexed"));
             CaseHandle plain = service.create(dir.resolve("plain"))) {
            List<Item> indexedItems = store(imports, indexed, letter);
            List<Item> plainItems = store(imports, plain, letter);
            search.prepare(indexed, ProgressListener.NONE);
            double[] withIndex = new double[EDITS];
            double[] without = new double[EDITS];
            for (int i = 0; i < WARM_UPS + EDITS; i++) {
                long start = System.nanoTime();
                EditDurabilityBenchmark.edit(annotations, indexed, indexedItems, i % 3, i);
                long middle = System.nanoTime();
                EditDurabilityBenchmark.edit(annotations, plain, plainItems, i % 3, i);
                long end = System.nanoTime();
                if (i >= WARM_UPS) {
                    withIndex[i - WARM_UPS] = (middle - start) / 1e6;
                    without[i - WARM_UPS] = (end - middle) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "%d edits each (stance, theme, note in turn) after %d warm-ups%n", EDITS,
                    WARM_UPS);
            System.out.printf(Locale.ROOT, "%-28s | %8s | %8s%n", "ms per edit", "median", "p95");
            System.out.printf(Locale.ROOT, "%-28s | %8.2f | %8.2f%n", "no index (never searched)", pct(without, 50),
                    pct(without, 95));
            System.out.printf(Locale.ROOT, "%-28s | %8.2f | %8.2f%n", "index kept in step", pct(withIndex, 50),
                    pct(withIndex, 95));
            System.out.printf(Locale.ROOT, "index found the last note: %d hit(s)%n",
                    search.search(indexed, org.casebook.domain.search.SearchQuery.of("\"Note " + (WARM_UPS + EDITS - 1)
                            + "\"")).total());
        }
    }

    private static List<Item> store(LetterImportService imports, CaseHandle database, Path letter) {
        ImportDraft draft = imports.prepare(letter, ProgressListener.NONE);
        return imports.store(database, draft, draft.split(),
                EditDurabilityBenchmark.withBody(draft.suggestedDetails())).items();
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
