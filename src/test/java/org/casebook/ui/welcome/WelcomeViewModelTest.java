package org.casebook.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.service.CaseHandle;
import org.casebook.service.UserSettings.RecentCase;
import org.casebook.service.UserSettings;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeViewModelTest {

    @TempDir
    Path temp;

    private TestCases app;
    private WelcomeViewModel viewModel;
    private Path documents;

    @BeforeEach
    void setUp() throws Exception {
        app = new TestCases(temp.resolve("home"));
        viewModel = welcome(app);
        documents = Files.createDirectories(temp.resolve("Documents"));
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void newCaseCreatesTheCaseWhereTheMemberChoseAndPutsItFirstInRecentCases() {
        app.dialogs.answerSave(documents.resolve("Ward 7"));

        viewModel.newCase();

        Path root = documents.resolve("Ward 7.casebook");
        assertThat(root.resolve("case.mv.db")).isRegularFile();
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> assertThat(open.root()).isEqualTo(root));
        assertThat(viewModel.recentCases()).extracting(RecentCase::path).containsExactly(root);
        assertThat(viewModel.hasRecentCases().get()).isTrue();
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void cancellingNewCaseCreatesNothingAtAll() throws Exception {
        viewModel.newCase();

        assertThat(app.session.currentCase()).isEmpty();
        assertThat(viewModel.recentCases()).isEmpty();
        try (var entries = Files.list(documents)) {
            assertThat(entries).isEmpty();
        }
        assertThat(temp.resolve("home")).doesNotExist();
    }

    @Test
    void openingAFolderThatIsNotACaseSaysWhyAndOpensNothing() throws Exception {
        Path holiday = Files.createDirectories(documents.resolve("Holiday photos"));
        app.dialogs.answerFolder(holiday);

        viewModel.openCase();

        assertThat(app.dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(app.messages.get("case.open.failed"));
            assertThat(error.message()).contains(holiday.toString()).contains("is not a Casebook case");
            assertThat(error.details()).isEmpty();
        });
        assertThat(app.session.currentCase()).isEmpty();
        assertThat(viewModel.recentCases()).isEmpty();
        assertThat(holiday.resolve("case.mv.db")).doesNotExist();
    }

    @Test
    void recentCasesAreNewestFirstAndKeepTheLastTen() {
        IntStream.rangeClosed(1, 12).forEach(i -> {
            app.dialogs.answerSave(documents.resolve("Case " + i));
            viewModel.newCase();
        });

        assertThat(viewModel.recentCases()).hasSize(UserSettings.MAX_RECENT)
                .extracting(recent -> viewModel.row(recent).name())
                .containsExactly("Case 12", "Case 11", "Case 10", "Case 9", "Case 8",
                        "Case 7", "Case 6", "Case 5", "Case 4", "Case 3");
    }

    @Test
    void openingARecentCaseClosesTheCurrentOneAndMovesTheOpenedOneToTheTop() {
        app.dialogs.answerSave(documents.resolve("First")).answerSave(documents.resolve("Second"));
        viewModel.newCase();
        viewModel.newCase();
        RecentCase first = viewModel.recentCases().get(1);

        viewModel.openRecent(first);

        assertThat(app.session.currentCase()).hasValueSatisfying(open -> assertThat(open.name()).isEqualTo("First"));
        try (CaseHandle second = app.services.caseService().open(documents.resolve("Second.casebook"))) {
            assertThat(second.isOpen()).as("the second case was closed, so it can be opened again").isTrue();
        }
        assertThat(viewModel.recentCases()).extracting(r -> viewModel.row(r).name()).containsExactly("First", "Second");
    }

    @Test
    void removingACaseFromTheListLeavesTheCaseOnDisk() {
        app.dialogs.answerSave(documents.resolve("Keep me"));
        viewModel.newCase();
        app.session.closeCase();

        viewModel.removeFromList(viewModel.recentCases().get(0));

        assertThat(viewModel.recentCases()).isEmpty();
        assertThat(viewModel.hasRecentCases().get()).isFalse();
        assertThat(documents.resolve("Keep me.casebook/case.mv.db")).isRegularFile();
    }

    @Test
    void aRecentCaseWhoseFolderIsGoneIsMarked() {
        app.services.settings().addRecentCase(documents.resolve("Moved away.casebook"));
        TestCases reopened = new TestCases(temp.resolve("home"));
        WelcomeViewModel fresh = welcome(reopened);

        WelcomeViewModel.Row row = fresh.row(fresh.recentCases().get(0));

        assertThat(row.name()).isEqualTo("Moved away");
        assertThat(row.location()).isEqualTo(documents.toString());
        assertThat(row.note()).contains(reopened.messages.get("welcome.recent.missing"));
        assertThat(row.accessibleText()).contains("Moved away", "folder not found");
    }

    @Test
    void theSampleCaseIsMadeInTheDataFolderTheFirstTimeAndOpened() {
        viewModel.openSample();

        Path sample = temp.resolve("home/samples/Sample case.casebook");
        assertThat(app.session.currentCase()).hasValueSatisfying(open -> {
            assertThat(open.root()).isEqualTo(sample);
            assertThat(open.name()).isEqualTo("Sample case");
            // The Trust's two replies and the two answers to the sample's FOI campaign.
            assertThat(open.summary().letters()).isEqualTo(4);
            assertThat(open.summary().items()).isEqualTo(23);
        });
        assertThat(viewModel.recentCases()).extracting(RecentCase::path).containsExactly(sample);
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void theSampleCaseOpensAgainWithWhatTheMemberTriedInIt() {
        viewModel.openSample();
        CaseHandle first = app.session.currentCase().orElseThrow().handle();
        Item two = app.services.annotationService().snapshot(first).items().get(1);
        app.services.annotationService().setStance(first, two.id(), Stance.DISPUTE, "Trying it out");
        app.session.closeCase();

        viewModel.openSample();

        CaseHandle again = app.session.currentCase().orElseThrow().handle();
        assertThat(again).isNotSameAs(first);
        assertThat(app.services.annotationService().snapshot(again).items()).hasSize(23)
                .filteredOn(i -> i.id() == two.id()).singleElement()
                .satisfies(i -> assertThat(i.stanceRationale()).isEqualTo("Trying it out"));
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void aSampleThatCannotBeMadeSaysWhyAndOpensNothing() throws Exception {
        // A file where the samples folder should be: the case cannot be created under it.
        Files.createDirectories(temp.resolve("home"));
        Files.writeString(temp.resolve("home/samples"), "not a folder");

        viewModel.openSample();

        assertThat(app.dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(app.messages.get("sample.failed"));
            assertThat(error.message()).contains("Sample case.casebook");
        });
        assertThat(app.session.currentCase()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.recentCases()).isEmpty();
    }

    private static WelcomeViewModel welcome(TestCases app) {
        return new WelcomeViewModel(app.session, app.messages, app.services.sampleCaseService(), app.services.directories());
    }
}
