package org.casebook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.service.CaseHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSessionTest {

    @TempDir
    Path temp;

    private TestCases app;
    private Path root;

    @BeforeEach
    void setUp() {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        root = temp.resolve("Ward 7.casebook");
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void aNewCaseIsEmptyAndSaysSo() {
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> {
            assertThat(open.name()).isEqualTo("Ward 7");
            assertThat(open.summary().letters()).isZero();
        });
        assertThat(app.session.busyProperty().get()).isFalse();
    }

    @Test
    void closingACaseReleasesItSoAnotherProgramCouldOpenIt() {
        CaseHandle database = app.session.currentCase().orElseThrow().handle();

        app.session.closeCase();

        assertThat(database.isOpen()).isFalse();
        assertThat(app.session.currentCase()).isEmpty();
    }

    @Test
    void openingTheCaseThatIsAlreadyOpenKeepsItOpen() {
        CaseHandle database = app.session.currentCase().orElseThrow().handle();

        app.session.open(root);

        assertThat(app.session.currentCase().orElseThrow().handle()).isSameAs(database);
        assertThat(database.isOpen()).isTrue();
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void restoringABackupClosesRestoresAndReopensTheCase() {
        app.session.closeCase();
        app.session.open(root);
        CaseHandle before = app.session.currentCase().orElseThrow().handle();
        app.dialogs.answerListChoice(0).answerConfirm(true);

        app.session.restoreBackup();

        assertThat(app.dialogs.listsOffered()).singleElement().satisfies(labels ->
                assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label).matches(".*\\d{4}.*·.*(KB|MB)")));
        assertThat(app.dialogs.confirmations()).singleElement().asString().contains("open again as it was on");
        assertThat(before.isOpen()).isFalse();
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> {
            assertThat(open.root()).isEqualTo(root);
            assertThat(open.handle().isOpen()).isTrue();
        });
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void decliningTheRestoreLeavesTheCaseAsItWas() throws Exception {
        app.session.closeCase();
        app.session.open(root);
        CaseHandle before = app.session.currentCase().orElseThrow().handle();
        long backups;
        try (var files = Files.list(root.resolve("backups"))) {
            backups = files.count();
        }
        app.dialogs.answerListChoice(0).answerConfirm(false);

        app.session.restoreBackup();

        assertThat(before.isOpen()).isTrue();
        assertThat(app.session.currentCase().orElseThrow().handle()).isSameAs(before);
        try (var files = Files.list(root.resolve("backups"))) {
            assertThat(files.count()).isEqualTo(backups);
        }
    }

    @Test
    void aCaseThatIsOpenElsewhereIsReportedAndTheMemberStaysWhereTheyWere() {
        app.session.closeCase();
        try (CaseHandle elsewhere = app.services.caseService().open(root)) {
            app.session.open(root);

            assertThat(app.dialogs.errors()).singleElement()
                    .satisfies(error -> assertThat(error.message()).contains("already open"));
            assertThat(app.session.currentCase()).isEmpty();
            assertThat(elsewhere.isOpen()).isTrue();
        }
    }

    @Test
    void aRecentCaseThatIsGoneCanBeTakenOffTheList() throws Exception {
        app.session.closeCase();
        Path moved = temp.resolve("Moved.casebook");
        Files.move(root, moved);
        app.dialogs.answerConfirm(true);

        app.session.open(root);

        assertThat(app.dialogs.confirmations()).singleElement().asString()
                .contains("There is no case at " + root).contains("Take it off the list");
        assertThat(app.dialogs.errors()).isEmpty();
        assertThat(app.session.recentCases()).isEmpty();
        assertThat(moved.resolve("case.mv.db")).isRegularFile();
    }

    @Test
    void keepingAGoneCaseOnTheListChangesNothing() throws Exception {
        app.session.closeCase();
        Files.move(root, temp.resolve("Moved.casebook"));

        app.session.open(root);

        assertThat(app.dialogs.confirmations()).hasSize(1);
        assertThat(app.session.recentCases()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo(root);
            assertThat(r.missing()).isTrue();
        });
    }
}
