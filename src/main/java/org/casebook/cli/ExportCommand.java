package org.casebook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casebook export --case PATH --format json [--out FILE]}: the whole case as JSON. */
@Command(name = "export", description = "Write the whole case as JSON (to standard output without --out).")
final class ExportCommand implements Callable<Integer> {

    enum Format { json }

    private final CaseService cases;
    private final ExportService exports;
    private final OutputStream stdout;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    private Path out;

    ExportCommand(CaseService cases, ExportService exports, OutputStream stdout) {
        this.cases = cases;
        this.exports = exports;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        try (CaseHandle database = cases.openForReading(casePath)) {
            if (out == null) {
                exports.exportJson(database, stdout);
                stdout.flush();
            } else {
                exports.exportJson(database, out);
            }
        }
        return 0;
    }
}
