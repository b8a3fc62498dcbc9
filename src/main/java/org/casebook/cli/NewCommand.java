package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casebook new --case PATH}: creates an empty case with the default codebook. */
@Command(name = "new", description = "Create a new case (a folder NAME.casebook).")
final class NewCommand implements Callable<Integer> {

    private final CaseService cases;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "Where to create the case.")
    private Path casePath;

    NewCommand(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Integer call() {
        try (CaseHandle database = cases.create(casePath)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created case " + database.root());
            out.flush();
        }
        return 0;
    }
}
