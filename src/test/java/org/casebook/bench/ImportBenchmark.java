package org.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casebook.app.Services;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.PdfDocumentReader;
import org.casebook.service.CaseHandle;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.casebook.testsupport.TestServices;

/**
 * What importing a PDF costs, side by side with poppler's {@code pdftotext} on the same files: the fixture letter
 * copied to 30 and to 300 pages, so the marginal cost per page is (300-page − 30-page) / 270, for the whole command
 * line {@code import} (a fresh JVM each time, as a member's script would run it) and for pdftotext; then the fixed
 * cost of one {@code import} (a one-paragraph text letter into a small case); then, inside one warm JVM, how the
 * 300-page import divides into reading, splitting and suggesting, and storing. Needs {@code target/casebook.jar}. Not
 * a test. Arguments: {@code --runs N} (3), {@code --jar PATH}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = Arrays.asList(args);
        int runs = StartupBenchmark.intOption(given, "--runs", 3);
        Path jar = Path.of(StartupBenchmark.option(given, "--jar", "target/casebook.jar"));
        Path dir = Files.createTempDirectory("casebook-import-bench");
        Path fixture = Fixtures.trustBoardReply("letter.pdf");
        Path small = dir.resolve("letter-30.pdf");
        Path large = dir.resolve("letter-300.pdf");
        int smallPages = copies(fixture, small, 10);
        int largePages = copies(fixture, large, 100);
        Path home = Files.createDirectories(dir.resolve("home"));

        double cliSmall = medianCli(jar, home, dir, small, runs);
        double cliLarge = medianCli(jar, home, dir, large, runs);
        double popplerSmall = medianPdftotext(small, dir, runs + 2);
        double popplerLarge = medianPdftotext(large, dir, runs + 2);
        double ours = (cliLarge - cliSmall) / (largePages - smallPages) * 1000;
        double theirs = (popplerLarge - popplerSmall) / (largePages - smallPages) * 1000;
        System.out.println(ChildProcess.format("PDF import, marginal cost per page (%d- vs %d-page runs, medians of %d):",
                smallPages, largePages, runs));
        System.out.println(ChildProcess.format("  casebook import   %.2f ms/page  (%.2f s and %.2f s)", ours, cliSmall, cliLarge));
        System.out.println(ChildProcess.format("  pdftotext         %.2f ms/page  (%.3f s and %.3f s)", theirs, popplerSmall,
                popplerLarge));
        System.out.println(ChildProcess.format("  ratio %.1f× (goal ≤ 2×)", ours / theirs));

        Path text = dir.resolve("short-letter.txt");
        Files.writeString(text, "Dear Forum,\n\n1. Pay\nWe will review session rates by March.\n\nYours,\nThe Trust\n");
        double fixed = medianCli(jar, home, dir, text, runs + 2);
        System.out.println(ChildProcess.format("Fixed cost of one command-line import (a short text letter): %.2f s (goal ≤ 0.8 s)",
                fixed));
        phases(large, largePages, dir);
    }

    private static double medianCli(Path jar, Path home, Path dir, Path letter, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = -1; i < runs; i++) {
            Path root = dir.resolve("case-" + System.nanoTime());
            ChildProcess.check(ChildProcess.run(ChildProcess.java("-Dcasebook.home=" + home, "-jar", jar.toString(),
                    "new", "--case", root.toString()), Map.of()), "new");
            ChildProcess.Result result = ChildProcess.check(ChildProcess.run(ChildProcess.java("-Dcasebook.home=" + home,
                    "-jar", jar.toString(), "import", "--case", root + ".casebook", letter.toString()), Map.of()), "import");
            if (i >= 0) {
                times[i] = result.seconds();
            }
        }
        return ChildProcess.median(times);
    }

    private static double medianPdftotext(Path pdf, Path dir, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = -1; i < runs; i++) {
            ChildProcess.Result result = ChildProcess.check(ChildProcess.run(List.of("pdftotext", pdf.toString(),
                    dir.resolve("out.txt").toString()), Map.of()), "pdftotext");
            if (i >= 0) {
                times[i] = result.seconds();
            }
        }
        return ChildProcess.median(times);
    }

    /** The 300-page import in one warm JVM, phase by phase: where the time per page goes. */
    private static void phases(Path pdf, int pages, Path dir) throws Exception {
        Services services = TestServices.in(dir.resolve("phases-home"));
        PdfDocumentReader reader = new PdfDocumentReader();
        List<double[]> rows = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            reader.read(pdf);
            long read = System.nanoTime();
            ImportDraft draft = services.importService().prepare(pdf, ProgressListener.NONE);
            long prepared = System.nanoTime();
            try (CaseHandle handle = services.caseService().create(dir.resolve("phases-" + round))) {
                long opened = System.nanoTime();
                services.importService().store(handle, draft, draft.split(), new LetterDetails("Benchmark letter",
                        java.util.Optional.empty(), "", "", java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty()));
                long stored = System.nanoTime();
                if (round > 0) {
                    rows.add(new double[] {(read - start) / 1e6 / pages, (prepared - read) / 1e6 / pages,
                            (stored - opened) / 1e6 / pages});
                }
            }
        }
        double[] last = rows.get(rows.size() - 1);
        System.out.println(ChildProcess.format("Inside a warm JVM, per page of the %d-page letter: reading the PDF %.2f ms;"
                + " prepare (reading again, splitting, suggesting) %.2f ms; storing %.2f ms", pages, last[0], last[1], last[2]));
    }

    /** The fixture letter's pages copied {@code count} times into one PDF; returns its number of pages. */
    static int copies(Path fixture, Path target, int count) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument destination = Loader.loadPDF(fixture.toFile())) {
            for (int i = 1; i < count; i++) {
                try (PDDocument copy = Loader.loadPDF(new RandomAccessReadBufferedFile(fixture.toFile()))) {
                    merger.appendDocument(destination, copy);
                }
            }
            destination.save(target.toFile());
            return destination.getNumberOfPages();
        }
    }
}
