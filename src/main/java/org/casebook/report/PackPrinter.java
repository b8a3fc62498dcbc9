package org.casebook.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.casebook.report.model.PackDocument;

/**
 * Prints a pack through the system's print dialog. The dialog waits for the member, so call it away from the screen's
 * thread; it needs a desktop (it fails in a headless JVM).
 */
public final class PackPrinter {

    /**
     * Shows the print dialog for the pack and prints it when the member says so.
     *
     * @param jobName what the printer queue shows, usually the pack's title
     * @return true when it was sent to the printer, false when the member cancelled
     */
    public boolean print(PackDocument pack, String jobName) throws IOException, PrinterException {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(jobName, "jobName");
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            // PDFPageable keeps each page's own size and orientation, which a plain Printable would not.
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
