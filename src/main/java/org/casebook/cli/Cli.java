package org.casebook.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.casebook.importing.model.ImportException;
import org.casebook.service.Backend;
import org.casebook.service.CaseException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs a command line. Exit codes: 0 on success, 2 on bad input or failure, with one clear line on stderr.
 */
public final class Cli {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Cli.class);

    public static final int OK = 0;
    public static final int FAILED = 2;

    private final Backend services;
    private final String version;

    /** A command line over the services {@code app.Services} built; {@code version} is what --version prints. */
    public Cli(Backend services, String version) {
        this.services = Objects.requireNonNull(services, "services");
        this.version = Objects.requireNonNull(version, "version");
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
                    return (K) new NewCommand(services.cases());
                }
                if (type == ImportCommand.class) {
                    return (K) new ImportCommand(services.cases(), services.imports());
                }
                if (type == ExportCommand.class) {
                    return (K) new ExportCommand(services.cases(), services.exports(), stdout);
                }
                if (type == EvaluateCommand.class) {
                    return (K) new EvaluateCommand(services.cases(), services.evaluations());
                }
                if (type == EvaluateSplitCommand.class) {
                    return (K) new EvaluateSplitCommand(services.splitEvaluations());
                }
                if (type == ThreadsCommand.class) {
                    return (K) new ThreadsCommand(services.cases(), services.threads(), stdout);
                }
                if (type == SearchCommand.class) {
                    return (K) new SearchCommand(services.cases(), services.search(), services.codebook(), stdout);
                }
                if (type == PackCommand.class) {
                    return (K) new PackCommand(services.cases(), services.packs());
                }
                if (FoiCommand.OnCase.class.isAssignableFrom(type)) {
                    return (K) foiCommand(type, stdout);
                }
                if (type == CheckCommand.class) {
                    return (K) new CheckCommand(services.cases());
                }
                if (type == SampleCommand.class) {
                    return (K) new SampleCommand(services.samples());
                }
                if (type == VersionProvider.class) {
                    return (K) new VersionProvider(version);
                }
                return defaults.create(type);
            }
        };
    }

    /** One line a member can act on: the message of our own exceptions, or a plain account of I/O failures. */
    private Object foiCommand(Class<?> type, OutputStream stdout) {
        var cases = services.cases();
        var foi = services.foi();
        if (type == FoiCommand.Bodies.class) {
            return new FoiCommand.Bodies(cases, foi);
        }
        if (type == FoiCommand.NewCampaign.class) {
            return new FoiCommand.NewCampaign(cases, foi);
        }
        if (type == FoiCommand.Request.class) {
            return new FoiCommand.Request(cases, foi);
        }
        if (type == FoiCommand.Status.class) {
            return new FoiCommand.Status(cases, foi);
        }
        if (type == FoiCommand.Response.class) {
            return new FoiCommand.Response(cases, foi);
        }
        if (type == FoiCommand.ListRequests.class) {
            return new FoiCommand.ListRequests(cases, foi, stdout);
        }
        if (type == FoiCommand.Matrix.class) {
            return new FoiCommand.Matrix(cases, foi, stdout);
        }
        throw new IllegalStateException("No way to make " + type);
    }

    /** Refusals worded for the member: the case, the file, or what was asked did not make sense; nothing stored. */
    private static boolean isExpected(Exception e) {
        return e instanceof CaseException || e instanceof ImportException
                || e instanceof java.io.IOException || e instanceof IllegalArgumentException;
    }

    private static String describe(Exception e) {
        if (e instanceof CaseException || e instanceof ImportException || e instanceof IllegalArgumentException) {
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
