package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casebook.service.CaseService;
import org.casebook.service.CaseService.CheckReport;
import org.casebook.service.CaseService.RestorePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casebook check --case PATH}: whether a case is whole, read without changing it; one line per finding, and
 * which backup to restore when it is not.
 */
@Command(name = "check", description = "Check that a case is whole (schema, rows, originals) without changing it.")
final class CheckCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final CaseService cases;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    CheckCommand(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckReport report = cases.check(casePath);
        report.problems().forEach(problem -> out.println("problem: " + problem));
        report.notes().forEach(note -> out.println("note: " + note));
        if (report.sound()) {
            out.println("The case " + report.name() + " is sound: " + count(report.letters(), "letter") + ", "
                    + count(report.items(), "item") + ", " + count(report.originals(), "original") + " checked.");
            out.flush();
            return Cli.OK;
        }
        out.flush();
        err.println("casebook: the case " + report.name() + " is not sound (" + report.problems().size()
                + (report.problems().size() == 1 ? " problem" : " problems") + "). "
                + (report.databaseSound() ? "Put back the originals named above; backups hold the database, not "
                        + "the originals. " : "")
                + report.restoreFrom().map(b -> advice(b, report.databaseSound()))
                        .orElse(report.databaseSound() ? "" : "There is no sound backup of it to restore."));
        return Cli.FAILED;
    }

    private static String advice(RestorePoint backup, boolean onlyOriginals) {
        return (onlyOriginals ? "If they cannot be found, restore" : "Restore") + " the newest sound backup, "
                + backup.file().getFileName() + " (taken " + WHEN.format(backup.taken()) + "): open the case in "
                + "Casebook and answer \"Restore backup\" when it offers, or choose File > Restore a backup… and pick "
                + "that one. What is in the case now is kept as a backup first.";
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
