package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.analysis.model.EvaluationReport;
import org.casebook.analysis.model.Score;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.EvaluationService;
import org.casebook.service.EvaluationService.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casebook evaluate --case PATH --expected FILE}: how the suggestions for a letter of the case agree with
 * hand-made ground truth, as a small table. The case is only read.
 */
@Command(name = "evaluate", description = "Compare the suggested themes, response types and commitments for a letter "
        + "of the case with hand-made ground truth (expected.json).")
final class EvaluateCommand implements Callable<Integer> {

    private final CaseService cases;
    private final EvaluationService evaluations;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    @Option(names = "--expected", required = true, paramLabel = "FILE", description = "The ground truth (expected.json).")
    private Path expectedFile;

    @Option(names = "--details", description = "Also list each missed and each extra suggestion.")
    private boolean details;

    EvaluateCommand(CaseService cases, EvaluationService evaluations) {
        this.cases = cases;
        this.evaluations = evaluations;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Outcome> outcome;
        try (CaseHandle database = cases.openForReading(casePath)) {
            outcome = evaluations.evaluate(database, expectedFile);
        }
        if (outcome.isEmpty()) {
            spec.commandLine().getErr().println("casebook: the case has no letters to evaluate; import one first.");
            return Cli.FAILED;
        }
        print(outcome.get());
        return Cli.OK;
    }

    private void print(Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        EvaluationReport report = outcome.report();
        out.println("Letter: " + outcome.letter().title());
        out.println(String.format(Locale.ROOT, "%-16s %5s %8s %9s %9s %6s %5s", "", "found", "expected", "suggested",
                "precision", "recall", "F1"));
        row(out, "themes", report.themes());
        row(out, "response types", report.responseTypes());
        row(out, "commitments", report.commitments());
        if (details) {
            report.missed().forEach(line -> out.println("missed: " + line));
            report.extra().forEach(line -> out.println("extra:  " + line));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Score score) {
        out.println(String.format(Locale.ROOT, "%-16s %5d %8d %9d %9.2f %6.2f %5.2f", name, score.found(),
                score.expected(), score.suggested(), score.precision(), score.recall(), score.f1()));
    }
}
