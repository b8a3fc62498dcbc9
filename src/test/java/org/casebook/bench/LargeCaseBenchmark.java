package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casebook.app.Services;
import org.casebook.service.LargeCase;
import org.casebook.testsupport.TestServices;

/**
 * The command line on a large generated case ({@link LargeCase}, 1,000 letters unless {@code --letters N}): the time,
 * peak resident memory and output size of {@code export --format json} and {@code threads --suggest}, each a fresh
 * JVM with the heap it is given ({@code --xmx 512m} by default, the limit). {@code --case PATH} uses an
 * existing case instead of generating one. Needs {@code target/casebook.jar}. Not a test.
 */
public final class LargeCaseBenchmark {

    private LargeCaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = Arrays.asList(args);
        Path jar = Path.of(StartupBenchmark.option(given, "--jar", "target/casebook.jar"));
        String heap = StartupBenchmark.option(given, "--xmx", "512m");
        Path dir = Files.createTempDirectory("casebook-large-bench");
        Path root;
        if (given.contains("--case")) {
            root = Path.of(StartupBenchmark.option(given, "--case", ""));
        } else {
            int letters = StartupBenchmark.intOption(given, "--letters", 1000);
            Services services = TestServices.in(dir.resolve("home"));
            root = LargeCase.create(services, dir, LargeCase.Size.letters(letters), 42).root();
        }
        Path home = Files.createDirectories(dir.resolve("cli-home"));
        Path export = dir.resolve("export.json");
        report("export --format json", run(jar, home, heap, "export", "--case", root.toString(), "--format", "json",
                "--out", export.toString()), export);
        Path threads = dir.resolve("threads.json");
        ChildProcess.Result suggested = run(jar, home, heap, "threads", "--case", root.toString(), "--suggest", "--format",
                "json");
        Files.writeString(threads, suggested.output());
        report("threads --suggest", suggested, threads);
    }

    private static ChildProcess.Result run(Path jar, Path home, String heap, String... command) throws Exception {
        List<String> line = ChildProcess.java("-Xmx" + heap, "-Dcasebook.home=" + home, "-jar", jar.toString());
        line.addAll(Arrays.asList(command));
        return ChildProcess.run(line, Map.of());
    }

    private static void report(String what, ChildProcess.Result result, Path output) throws Exception {
        String outcome = result.exit() == 0 ? "" : "  FAILED with exit " + result.exit() + ": "
                + result.output().lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst().orElse("");
        System.out.println(ChildProcess.format("%-22s %6.1f s  %6.0f MB resident at most  %8.1f MB written%s", what,
                result.seconds(), result.peakMb(), Files.exists(output) ? Files.size(output) / 1048576.0 : 0, outcome));
    }
}
