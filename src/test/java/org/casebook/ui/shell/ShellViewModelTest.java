package org.casebook.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.preferences.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path temp;

    private TestCases app;
    private ShellViewModel viewModel;

    @BeforeEach
    void setUp() {
        app = new TestCases(temp.resolve("home"));
        viewModel = new ShellViewModel(app.session, new Appearance(app.services.settings()), app.messages, app.imports(),
                app.edits, app.navigation);
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void withNoCaseOpenTheWindowIsJustCasebook() {
        assertThat(viewModel.caseOpen().get()).isFalse();
        assertThat(viewModel.caseIsEmpty().get()).isFalse();
        assertThat(viewModel.title().get()).isEqualTo("Casebook");
        assertThat(viewModel.casePath().get()).isEmpty();
    }

    @Test
    void anOpenEmptyCaseNamesItselfAndShowsItsEmptyState() {
        app.dialogs.answerSave(temp.resolve("Ward 7"));

        viewModel.newCase();

        assertThat(viewModel.caseOpen().get()).isTrue();
        assertThat(viewModel.caseIsEmpty().get()).isTrue();
        assertThat(viewModel.title().get()).isEqualTo("Ward 7 — Casebook");
        assertThat(viewModel.casePath().get()).isEqualTo(temp.resolve("Ward 7.casebook").toString());
        assertThat(viewModel.caseSummary().get()).isEqualTo("No letters · no concerns");
        assertThat(viewModel.status().get()).isEqualTo("All changes saved");
    }

    @Test
    void closingTheCaseGoesBackToTheWelcomeScreen() {
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        viewModel.newCase();

        viewModel.closeCase();

        assertThat(viewModel.caseOpen().get()).isFalse();
        assertThat(viewModel.title().get()).isEqualTo("Casebook");
        assertThat(viewModel.recentCases()).hasSize(1);
    }

    @Test
    void theEditMenuNamesTheLastChangeToTheCaseAndTakesItBack() {
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        viewModel.newCase();
        assertThat(viewModel.canUndo().get()).isFalse();
        assertThat(viewModel.undoLabel().get()).isEqualTo("Undo");
        java.util.List<String> done = new java.util.ArrayList<>();

        app.edits.perform("mark 2 as disputed", db -> done.add("disputed"), db -> done.remove("disputed"));

        assertThat(viewModel.canUndo().get()).isTrue();
        assertThat(viewModel.undoLabel().get()).isEqualTo("Undo: mark 2 as disputed");
        viewModel.undo();
        assertThat(done).isEmpty();
        assertThat(viewModel.redoLabel().get()).isEqualTo("Redo: mark 2 as disputed");
        viewModel.redo();
        assertThat(done).containsExactly("disputed");
    }

    @Test
    void aFailedSaveShowsInTheStatusBar() {
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        viewModel.newCase();

        app.edits.perform("add a note to 2", db -> {
            throw new org.casebook.storage.StorageException("disk full", new java.io.IOException("disk full"));
        }, db -> { });

        assertThat(viewModel.status().get()).isEqualTo("The last change could not be stored");
        assertThat(viewModel.canUndo().get()).isFalse();
    }

    @Test
    void screensAreChosenThroughTheNavigation() {
        viewModel.show(org.casebook.ui.common.Navigation.Screen.CODEBOOK);

        assertThat(app.navigation.screen()).isEqualTo(org.casebook.ui.common.Navigation.Screen.CODEBOOK);
        assertThat(viewModel.screen().get()).isEqualTo(org.casebook.ui.common.Navigation.Screen.CODEBOOK);
    }
}
