package org.casebook.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import org.casebook.service.CaseService;
import org.casebook.service.EvaluationService;
import org.casebook.service.ExportService;
import org.casebook.service.LetterImportService;
import org.casebook.service.PackService;
import org.casebook.service.PackSettingsService;
import org.casebook.service.SampleCaseService;
import org.casebook.service.SuggestionService;
import org.casebook.service.ThreadService;
import org.casebook.storage.CaseFileException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs a command line. Exit codes: 0 on success, 2 on bad input or failure, with one clear line on stderr.
 */
public final class Cli {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cli.class);

    public static final int OK = 0;
    public static final int FAILED = 2;

    private final CaseService cases;
    private final ExportService exports;
    private final LetterImportService imports;
    private final SampleCaseService samples;
    private final PackService packs;
    private final String version;

    /** With a pack service of its own over the system clock; for callers that build no {@code PackService}. */
    public Cli(CaseService cases, ExportService exports, LetterImportService imports, SampleCaseService samples,
               String version) {
        this(cases, exports, imports, samples, new PackService(new PackSettingsService(), Clock.systemDefaultZone()),
                version);
    }

    public Cli(CaseService cases, ExportService exports, LetterImportService imports, SampleCaseService samples,
               PackService packs, String version) {
        this.cases = cases;
        this.exports = exports;
        this.imports = imports;
        this.samples = samples;
        this.packs = packs;
        this.version = version;
    }

    /** Runs with the process's standard streams. */
    public int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public int run(String[] args, OutputStream stdout, PrintStream stderr) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new CasebookCommand(), factory(stdout))
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true))
                .setErr(err)
                .setParameterExceptionHandler((e, a) -> {
                    err.println("casebook: " + e.getMessage() + " (see 'casebook --help')");
                    return FAILED;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("casebook: " + describe(e));
                    if (isExpected(e)) {
                        LOG.info("Command refused: {}", e.getMessage());
                    } else {
                        LOG.error("Command failed", e);
                    }
                    return FAILED;
                });
        int code = commandLine.execute(args);
        return code == OK ? OK : FAILED;
    }

    private IFactory factory(OutputStream stdout) {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == NewCommand.class) {
                    return (K) new NewCommand(cases);
                }
                if (type == ImportCommand.class) {
                    return (K) new ImportCommand(cases, imports);
                }
                if (type == ExportCommand.class) {
                    return (K) new ExportCommand(cases, exports, stdout);
                }
                if (type == EvaluateCommand.class) {
                    return (K) new EvaluateCommand(cases, new EvaluationService(new SuggestionService()));
                }
                if (type == ThreadsCommand.class) {
                    return (K) new ThreadsCommand(cases, new ThreadService(), stdout);
                }
                if (type == PackCommand.class) {
                    return (K) new PackCommand(cases, packs);
                }
                if (type == CheckCommand.class) {
                    return (K) new CheckCommand(cases);
                }
                if (type == SampleCommand.class) {
                    return (K) new SampleCommand(samples);
                }
                if (type == VersionProvider.class) {
                    return (K) new VersionProvider(version);
                }
                return defaults.create(type);
            }
        };
    }

    /** One line a member can act on: the message of our own exceptions, or a plain account of I/O failures. */
    private static boolean isExpected(Exception e) {
        return e instanceof CaseFileException || e instanceof org.casebook.importing.ImportException
                || e instanceof java.io.IOException;
    }

    private static String describe(Exception e) {
        if (e instanceof CaseFileException || e instanceof org.casebook.importing.ImportException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException missing) {
            return "No such file or folder: " + missing.getFile();
        }
        if (e instanceof java.io.IOException) {
            return "Could not read or write a file: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
