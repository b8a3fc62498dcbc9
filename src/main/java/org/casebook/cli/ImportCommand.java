package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.model.ImportException;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.service.LetterImportService;
import org.casebook.service.SuggestionWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casebook import --case PATH FILE...}: imports letters with the automatic split, no review.
 * Each file is its own transaction; a failed file stores nothing and the others go on. A letter that came by e-mail
 * is stored with the documents attached to it, one line more for each.
 */
@Command(name = "import", description = "Import letters (PDF, DOCX, ODT, text) without review; one line per file.")
final class ImportCommand implements Callable<Integer> {

    private final CaseService cases;
    private final LetterImportService imports;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    @Option(names = "--body", paramLabel = "NAME", description = "The body that wrote the letters, e.g. a Trust.")
    private String body;

    @Option(names = "--meeting", paramLabel = "NAME", description = "The meeting the letters answer (needs --body).")
    private String meeting;

    @Option(names = "--meeting-date", paramLabel = "YYYY-MM-DD", description = "The meeting's date.")
    private LocalDate meetingDate;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to import.")
    private List<Path> files;

    ImportCommand(CaseService cases, LetterImportService imports) {
        this.cases = cases;
        this.imports = imports;
    }

    @Override
    public Integer call() {
        if (meeting != null && body == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--meeting needs --body: say which body held it.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (CaseHandle database = cases.open(casePath)) {
            for (Path file : files) {
                try {
                    StoredLetter stored = importOne(database, file);
                    out.println(file.getFileName() + ": " + stored.items().size() + " items, " + stored.responses()
                            + " responses, " + suggestions(stored.suggested()) + ", " + warnings(stored.warnings()));
                    stored.attached().forEach(attached -> out.println("  attached: " + attached.name() + " — "
                            + count(attached.items().size(), "item")));
                } catch (ImportException e) {
                    failed++;
                    err.println("casebook: " + e.getMessage());
                }
                out.flush();
            }
        }
        return failed == 0 ? Cli.OK : Cli.FAILED;
    }

    private StoredLetter importOne(CaseHandle database, Path file) {
        ImportDraft draft = imports.prepare(file, ProgressListener.NONE);
        LetterDetails suggested = draft.suggestedDetails();
        LetterDetails details = new LetterDetails(suggested.title(), suggested.date(), suggested.from(), suggested.to(),
                Optional.ofNullable(body), Optional.ofNullable(meeting).or(() -> body == null ? Optional.empty() : suggested.meetingName()),
                Optional.ofNullable(meetingDate).or(suggested::meetingDate));
        return imports.store(database, draft, draft.split(), details);
    }

    private static String suggestions(SuggestionWorkflow.Counts suggested) {
        return suggested.total() == 0 ? "no suggestions" : count(suggested.total(), "suggestion") + " to review ("
                + count(suggested.themes(), "theme") + ", " + count(suggested.responseTypes(), "response type") + ", "
                + count(suggested.commitments(), "commitment") + ")";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String warnings(List<String> warnings) {
        return warnings.isEmpty() ? "no warnings" : warnings.size() + (warnings.size() == 1 ? " warning: " : " warnings: ")
                + String.join("; ", warnings);
    }
}
