package org.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.reading.PdfDocumentReader;

/**
 * How fast {@link PdfDocumentReader} reads a long letter, against poppler's pdftotext on the same file.
 * Not a unit test. Run with:
 * {@code ./mvnw -q -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.casebook.bench.PdfImportBenchmark}
 */
public final class PdfImportBenchmark {

    private static final int COPIES = 100;
    private static final int WARM_UPS = 3;
    private static final int RUNS = 5;

    private PdfImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The repository's own copy of the fixture letter: nothing here reads outside the repository.
        Path fixture = org.casebook.importing.Fixtures.trustBoardReply("letter.pdf");
        Path dir = Files.createTempDirectory("casebook-bench");
        Path big = dir.resolve("letter-x" + COPIES + ".pdf");
        int pages = ImportBenchmark.copies(fixture, big, COPIES);
        System.out.printf(Locale.ROOT, "Built %s: %d pages, %.1f MB%n", big, pages, Files.size(big) / 1048576.0);

        PdfDocumentReader reader = new PdfDocumentReader();
        int lines = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            lines = reader.read(big).lines().size();
        }
        double[] ours = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SourceText text = reader.read(big);
            ours[i] = (System.nanoTime() - start) / 1e9;
            lines = text.lines().size();
        }
        double oursMedian = median(ours);
        System.out.printf(Locale.ROOT, "PdfDocumentReader: median %.3f s over %d runs, %.0f pages/s, %d lines%n",
                oursMedian, RUNS, pages / oursMedian, lines);

        if (!onPath("pdftotext")) {
            System.out.println("pdftotext is not on PATH; no comparison.");
            return;
        }
        double[] poppler = new double[RUNS];
        runPdftotext(big, dir);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            runPdftotext(big, dir);
            poppler[i] = (System.nanoTime() - start) / 1e9;
        }
        double popplerMedian = median(poppler);
        System.out.printf(Locale.ROOT, "pdftotext:         median %.3f s, %.0f pages/s%n", popplerMedian, pages / popplerMedian);
        System.out.printf(Locale.ROOT, "Ratio ours/pdftotext: %.2f (target <= 2.0)%n", oursMedian / popplerMedian);
    }

    private static void runPdftotext(Path pdf, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", pdf.toString(), dir.resolve("out.txt").toString())
                .redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("pdftotext failed");
        }
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
