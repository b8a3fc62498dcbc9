package org.casebook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.ThreadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casebook threads --case PATH [--suggest [--threshold N]] --format json}: the case's threads with a marker
 * for each step and, with {@code --suggest}, the links Casebook would suggest. The case is only read.
 */
@Command(name = "threads", description = "Print the case's threads with how each reply moved on (new, repeated, "
        + "softened, hardened, reversed, unanswered, changed), and with --suggest the links between concerns of "
        + "different letters that read alike.")
final class ThreadsCommand implements Callable<Integer> {

    enum Format { json }

    private final CaseService cases;
    private final ThreadService threads;
    private final OutputStream stdout;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--suggest", description = "Also suggest links between items of different letters.")
    private boolean suggest;

    @Option(names = "--threshold", paramLabel = "N", description = "How alike two concerns must read to be suggested, "
            + "0 to 1 (default: ${DEFAULT-VALUE}).")
    private double threshold = ThreadService.DEFAULT_THRESHOLD;

    ThreadsCommand(CaseService cases, ThreadService threads, OutputStream stdout) {
        this.cases = cases;
        this.threads = threads;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        if (threshold < 0 || threshold > 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must lie between 0 and 1, not " + threshold);
        }
        try (CaseHandle database = cases.openForReading(casePath)) {
            threads.writeJson(database, suggest, threshold, stdout);
            stdout.flush();
        }
        return Cli.OK;
    }
}
