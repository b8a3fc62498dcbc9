package org.casebook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.domain.ProgressListener;
import org.casebook.service.CaseHandle;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a case checks it first; a case that is not sound is explained and its newest sound backup offered. */
class OpenCheckTest {

    @TempDir
    Path temp;

    private TestCases app;
    private Path root;

    @BeforeEach
    void aCaseWithOneLetter() throws Exception {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        root = temp.resolve("Ward 7.casebook");
        Path letter = Files.copy(Path.of("src/test/resources/sample/northvale-reply.txt"), temp.resolve("reply.txt"));
        CaseHandle database = app.session.currentCase().orElseThrow().handle();
        ImportDraft draft = app.services.importService().prepare(letter, ProgressListener.NONE);
        LetterDetails found = draft.suggestedDetails();
        app.services.importService().store(database, draft, draft.split(), new LetterDetails(found.title(),
                found.date(), found.from(), found.to(), Optional.of("Northvale NHS Trust"), found.meetingName(),
                found.meetingDate()));
        app.session.closeCase();
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void aSoundCaseOpensWithoutAWord() {
        app.session.open(root);

        assertThat(app.session.currentCase()).isPresent();
        assertThat(app.dialogs.confirmations()).isEmpty();
        assertThat(app.dialogs.infos()).isEmpty();
    }

    @Test
    void aCaseNotSoundIsExplainedAndTheNewestSoundBackupRestored() throws Exception {
        takeABackupThenLoseTheLetterRow();
        long backups = backups();
        app.dialogs.answerConfirm(true);

        app.session.open(root);

        assertThat(app.dialogs.confirmations()).singleElement().asString()
                .contains("Casebook checked Ward 7 before opening it and found:")
                .containsPattern("items point at letter 1, which is not in the case")
                .contains("restore the newest sound backup, taken");
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> assertThat(open.summary().letters()).isOne());
        // The damaged state was kept as a backup before the restore, and opening took another.
        assertThat(backups()).isEqualTo(backups + 2);
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void keepingTheCaseAsItIsOpensItUnchanged() throws Exception {
        takeABackupThenLoseTheLetterRow();
        app.dialogs.answerConfirm(false);

        app.session.open(root);

        assertThat(app.dialogs.confirmations()).hasSize(1);
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> assertThat(open.summary().letters()).isZero());
    }

    @Test
    void withNoBackupToGoBackToTheCaseIsExplainedAndOpensAsItIs() throws Exception {
        loseTheLetterRow();

        app.session.open(root);

        assertThat(app.dialogs.infos()).singleElement().satisfies(info -> assertThat(info.message())
                .contains("There is no sound backup to go back to"));
        assertThat(app.session.currentCase()).isPresent();
    }

    @Test
    void aMissingOriginalIsExplainedWithoutOfferingABackupThatCannotBringItBack() throws Exception {
        app.session.open(root);
        app.session.closeCase();
        try (Stream<Path> originals = Files.list(root.resolve("originals"))) {
            for (Path original : originals.toList()) {
                Files.delete(original);
            }
        }

        app.session.open(root);

        assertThat(app.dialogs.confirmations()).isEmpty();
        assertThat(app.dialogs.infos()).singleElement().satisfies(info -> assertThat(info.message())
                .contains("is missing").contains("Backups hold the case database, not the original letters"));
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> assertThat(open.summary().letters()).isOne());
    }

    private void takeABackupThenLoseTheLetterRow() throws Exception {
        app.session.open(root);
        app.session.closeCase();
        loseTheLetterRow();
    }

    /** The letter's row goes behind its items' back, as a damaged file might leave it. */
    private void loseTheLetterRow() throws Exception {
        String url = "jdbc:h2:file:" + root.resolve("case") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            statement.executeUpdate("DELETE FROM letter");
        }
    }

    private long backups() throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("backups"))) {
            return files.count();
        }
    }
}
