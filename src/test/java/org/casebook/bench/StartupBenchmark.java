package org.casebook.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cold start to the first shown window, the whole process, against a bare JavaFX 21 window: {@code casebook.jar
 * --exit-after-start} and {@link BareWindow} alternated, one warm-up each, then the median of {@code --runs} (5).
 * Needs a display (run under Xvfb) and {@code target/casebook.jar} ({@code ./mvnw -DskipTests package}). Not a test.
 * Arguments: {@code --runs N}, {@code --jar PATH}, and {@code --java-option OPT}... added to Casebook's command
 * (to try {@code -XX:SharedArchiveFile=…}, say).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = Arrays.asList(args);
        int runs = intOption(given, "--runs", 5);
        Path jar = Path.of(option(given, "--jar", "target/casebook.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        Path home = Files.createTempDirectory("casebook-start");
        List<String> extra = given.stream().filter(a -> a.startsWith("-X") || a.startsWith("-D")).toList();
        List<String> casebook = ChildProcess.java();
        casebook.addAll(extra);
        casebook.addAll(List.of("-Dcasebook.home=" + home, "-jar", jar.toString(), "--exit-after-start"));
        String javafx = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("javafx") || entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> bare = ChildProcess.java("-cp", javafx, BareWindow.Main.class.getName());

        ChildProcess.check(ChildProcess.run(casebook, Map.of()), "Casebook");
        ChildProcess.check(ChildProcess.run(bare, Map.of()), "The bare window");
        double[] ours = new double[runs];
        double[] reference = new double[runs];
        double[] oursMb = new double[runs];
        for (int i = 0; i < runs; i++) {
            ChildProcess.Result result = ChildProcess.check(ChildProcess.run(casebook, Map.of()), "Casebook");
            ours[i] = result.seconds();
            oursMb[i] = result.peakMb();
            reference[i] = ChildProcess.check(ChildProcess.run(bare, Map.of()), "The bare window").seconds();
        }
        double a = ChildProcess.median(ours);
        double b = ChildProcess.median(reference);
        System.out.println(ChildProcess.format("cold start to the first shown window, median of %d, alternated:", runs));
        System.out.println(ChildProcess.format("  Casebook %s   %.2f s  (%.0f MB resident at most)",
                String.join(" ", extra), a, ChildProcess.median(oursMb)));
        System.out.println(ChildProcess.format("  bare JavaFX 21 window   %.2f s", b));
        System.out.println(ChildProcess.format("  ratio %.2f× (goal ≤ 1.3×)", a / b));
        System.out.println("  all runs, Casebook: " + Arrays.toString(ours) + "; bare: " + Arrays.toString(reference));
    }

    static String option(List<String> args, String name, String otherwise) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : otherwise;
    }

    static int intOption(List<String> args, String name, int otherwise) {
        return Integer.parseInt(option(args, name, Integer.toString(otherwise)));
    }
}
