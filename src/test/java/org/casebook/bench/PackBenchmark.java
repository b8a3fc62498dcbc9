package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.report.PackFixtureCase;
import org.casebook.report.PackOptions;
import org.casebook.report.PackRequests;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.RedactedName;
import org.casebook.service.CaseHandle;
import org.casebook.service.PackSettingsService.PackSettings;

/**
 * How long a briefing pack of a big case takes to build: the fixture letter imported {@value #COPIES} times through
 * the real import (14 items each, so 504 items), every item given a stance, reasons, themes, response types and
 * some notes and commitments, then the pack built {@value #WARM_UPS} times to warm up and {@value #RUNS} times timed,
 * in normal print, large print and redacted. The target: under 3 s after warm-up.
 * Not a unit test. Run with:
 * {@code ./mvnw -q -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.casebook.bench.PackBenchmark}
 */
public final class PackBenchmark {

    private static final int COPIES = 36;
    private static final int WARM_UPS = 3;
    private static final int RUNS = 5;
    private static final double TARGET_SECONDS = 3.0;

    private PackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("casebook-pack-bench");
        Services services = PackFixtureCase.services(dir.resolve("home"));
        try (CaseHandle database = services.caseService().create(dir.resolve("case"))) {
            long start = System.nanoTime();
            int items = 0;
            for (int copy = 0; copy < COPIES; copy++) {
                // Each copy needs a fingerprint of its own, or the import refuses it as seen before.
                String sha = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putInt(copy + 1).array());
                List<Item> stored = PackFixtureCase.importLetter(services.importService(), database, Optional.of(sha));
                PackFixtureCase.annotate(services.annotationService(), database, stored);
                items += stored.size();
            }
            services.packSettingsService().store(database, new PackSettings("Benchmark group",
                    List.of(new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle", "Chair"))));
            System.out.printf(Locale.ROOT, "Case of %d letters, %d items, made in %.1f s (%s)%n", COPIES, items,
                    (System.nanoTime() - start) / 1e9, dir);

            PackOptions normal = PackOptions.standard("Benchmark briefing pack", PackFixtureCase.MEETING);
            boolean met = true;
            met &= time(services, database, "normal print", normal);
            met &= time(services, database, "large print", normal.withLargePrint(true));
            met &= time(services, database, "redacted", normal.withRedaction(true));
            System.out.printf(Locale.ROOT, "target %.0f s: %s%n", TARGET_SECONDS, met ? "met" : "missed");
        }
    }

    /** Builds the pack, warms up, times the runs and prints one line; true if the median is within the target. */
    private static boolean time(Services services, CaseHandle database, String name, PackOptions options) {
        PackDocument pack = null;
        for (int i = 0; i < WARM_UPS; i++) {
            pack = build(services, database, options);
        }
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pack = build(services, database, options);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[RUNS / 2];
        System.out.printf(Locale.ROOT, "%-12s: %d items, %d pages, %.1f MB; median %.2f s, min %.2f s, max %.2f s "
                        + "over %d runs after %d warm-ups%n", name, pack.items(), pack.pages(),
                pack.pdf().length / 1048576.0, median, sorted[0], sorted[RUNS - 1], RUNS, WARM_UPS);
        return median < TARGET_SECONDS;
    }

    private static PackDocument build(Services services, CaseHandle database, PackOptions options) {
        return services.packService().build(database, PackRequests.of(PackScope.everything(), options),
                ProgressListener.NONE);
    }
}
