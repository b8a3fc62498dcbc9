package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.casebook.analysis.model.EvaluationReport;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.EvaluationService;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.casebook.service.LetterImportService;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The targets of step 4 on the fixture letter, imported as a member would: if a rule change makes the suggestions
 * worse than this, the build fails.
 */
class FixtureEvaluationTest {

    @TempDir
    Path temp;

    @Test
    void defaultRulesMeetTheTargetsOnTheFixtureLetter() throws IOException {
        LetterImportService imports = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(),
                new MetadataFinder());
        Path pdf = Files.copy(Fixtures.trustBoardReply("letter.pdf"), temp.resolve("letter.pdf"));
        try (CaseHandle database = new CaseService(new CaseStore(new Backups(Clock.systemUTC()))).create(temp.resolve("case"))) {
            ImportDraft draft = imports.prepare(pdf, ProgressListener.NONE);
            LetterDetails suggested = draft.suggestedDetails();
            imports.store(database, draft, draft.split(), new LetterDetails(suggested.title(), suggested.date(),
                    suggested.from(), suggested.to(), Optional.of("A Trust"), Optional.empty(), Optional.empty()));

            EvaluationReport report = new EvaluationService((text, rules) -> new Suggester(rules).suggest(text))
                    .evaluate(database, Fixtures.trustBoardReply("expected.json")).orElseThrow().report();

            assertThat(report.themes().f1()).as("theme F1; missed %s, extra %s", report.missed(), report.extra())
                    .isGreaterThanOrEqualTo(0.8);
            assertThat(report.responseTypes().f1()).as("response-type F1; missed %s, extra %s", report.missed(),
                    report.extra()).isGreaterThanOrEqualTo(0.8);
            assertThat(report.commitments().found()).as("commitments found; missed %s", report.missed()).isEqualTo(5);
            assertThat(report.commitments().precision()).as("commitment precision; extra %s", report.extra())
                    .isGreaterThanOrEqualTo(0.6);
        }
    }
}
