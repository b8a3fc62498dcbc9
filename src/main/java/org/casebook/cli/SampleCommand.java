package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casebook.service.CaseHandle;
import org.casebook.service.SampleCaseService.Contents;
import org.casebook.service.SampleCaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casebook sample --case PATH}: creates the sample case, a fictional Trust's reply already worked on. */
@Command(name = "sample", description = "Create the sample case: a fictional Trust's reply with themes, stances, "
        + "notes and commitments, to try Casebook on.")
final class SampleCommand implements Callable<Integer> {

    private final SampleCaseService samples;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "Where to create the sample case.")
    private Path casePath;

    SampleCommand(SampleCaseService samples) {
        this.samples = samples;
    }

    @Override
    public Integer call() {
        try (CaseHandle database = samples.create(casePath)) {
            Contents contents = samples.contents(database);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created the sample case at " + database.root() + ": "
                    + count(contents.letters(), "letter") + ", " + count(contents.items(), "item") + ", "
                    + count(contents.commitments(), "commitment"));
            out.flush();
        }
        return Cli.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
