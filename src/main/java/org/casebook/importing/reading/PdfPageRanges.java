package org.casebook.importing.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Collects the lines of a long PDF on several threads, one page range each. A {@link PDDocument} is not thread-safe,
 * so every extra worker opens the file for itself; the calling thread reads the first range with the document it
 * already has. Text extraction dominates the cost of an import, and PDFBox does it on one core.
 */
final class PdfPageRanges {

    private PdfPageRanges() {
    }

    static List<PdfLine> collect(Path file, PDDocument document, int maxWorkers, int minPagesPerWorker) throws IOException {
        int pages = document.getNumberOfPages();
        int workers = Math.max(1, Math.min(maxWorkers, pages / minPagesPerWorker));
        if (workers == 1) {
            return new PdfLineCollector().collect(document, 1, pages);
        }
        int perWorker = (pages + workers - 1) / workers;
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, runnable -> {
            Thread thread = new Thread(runnable, "pdf-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<PdfLine>>> others = new ArrayList<>();
            for (int first = perWorker + 1; first <= pages; first += perWorker) {
                int from = first;
                int to = Math.min(pages, first + perWorker - 1);
                others.add(pool.submit(() -> {
                    try (PDDocument own = Loader.loadPDF(file.toFile())) {
                        return new PdfLineCollector().collect(own, from, to);
                    }
                }));
            }
            List<PdfLine> lines = new ArrayList<>(new PdfLineCollector().collect(document, 1, perWorker));
            for (Future<List<PdfLine>> other : others) {
                lines.addAll(other.get());
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading " + file.getFileName(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
