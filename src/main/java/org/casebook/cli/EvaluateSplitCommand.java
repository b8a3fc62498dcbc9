package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casebook.analysis.model.CorpusScore;
import org.casebook.analysis.model.CorpusScore.Tally;
import org.casebook.analysis.model.DocumentScore;
import org.casebook.service.SplitEvaluationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casebook evaluate-split --corpus DIR}: how many of the hand-labelled question → answer pairs of a corpus the
 * splitter finds, per document, per shape and in total. Nothing is stored.
 */
@Command(name = "evaluate-split", description = "Split every labelled document of a corpus folder and count the "
        + "question → answer pairs found against its expected.json.")
final class EvaluateSplitCommand implements Callable<Integer> {

    private final SplitEvaluationService evaluations;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The corpus folder: documents and the expected.json labelling them.")
    private Path corpus;

    @Option(names = "--details", description = "Also list each expected pair not found and what the split gave.")
    private boolean details;

    EvaluateSplitCommand(SplitEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public Integer call() throws IOException {
        CorpusScore score = evaluations.evaluate(corpus);
        PrintWriter out = spec.commandLine().getOut();
        int width = score.documents().stream().mapToInt(d -> d.file().length()).max().orElse(8);
        for (DocumentScore document : score.documents()) {
            out.println(String.format(Locale.ROOT, "%-" + width + "s  shape %d  %3d / %-3d", document.file(),
                    document.shape(), document.found(), document.expected()));
            if (details) {
                document.misses().forEach(miss -> out.println("  missed: " + miss));
            }
        }
        out.println();
        for (Map.Entry<Integer, Tally> shape : score.byShape().entrySet()) {
            out.println(line("shape " + shape.getKey(), shape.getValue()));
        }
        out.println(line("total", score.total()));
        out.flush();
        return Cli.OK;
    }

    private static String line(String name, Tally tally) {
        return String.format(Locale.ROOT, "%-8s %4d / %-4d %5.1f%%", name, tally.found(), tally.expected(),
                tally.percent());
    }
}
