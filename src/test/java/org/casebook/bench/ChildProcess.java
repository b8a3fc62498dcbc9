package org.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A whole program run for a benchmark: its wall-clock time from start to exit, and the most memory it held resident
 * (Linux's {@code VmHWM}, read while it runs), as a member would feel and a task manager would show.
 */
final class ChildProcess {

    /** What one run took: seconds from start to exit, the peak resident set in MB (0 where unknown), the exit code. */
    record Result(double seconds, double peakMb, int exit, String output) {
    }

    private ChildProcess() {
    }

    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("casebook-bench", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            double peak = 0;
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMb(status));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(seconds, peak, process.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The process's peak resident memory so far, in MB; 0 once it has gone or where /proc does not say. */
    private static double highWaterMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process ended between two looks.
        }
        return 0;
    }

    /** A {@code java} command on this JVM with {@code arguments}. */
    static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Fails the benchmark when a run did not end well, with what it printed. */
    static Result check(Result result, String what) {
        if (result.exit() != 0) {
            throw new IllegalStateException(what + " ended with " + result.exit() + ":\n" + result.output());
        }
        return result;
    }

    static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
