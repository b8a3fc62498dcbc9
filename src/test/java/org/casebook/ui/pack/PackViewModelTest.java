package org.casebook.ui.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.Meeting;
import org.casebook.domain.Stance;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;
import org.casebook.report.model.RedactedName;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.service.PackRequest;
import org.casebook.service.PackSettingsService.PackSettings;
import org.casebook.service.UserSettings;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The pack screen over the sample case (one Trust, one Board meeting, one letter); no JavaFX thread. */
class PackViewModelTest {

    private TestCases app;
    private final List<String> printed = new ArrayList<>();
    private boolean printerSays = true;
    private PackViewModel viewModel;
    private Path temp;

    @BeforeEach
    void open(@TempDir Path temp) {
        this.temp = temp;
        app = new TestCases(temp.resolve("home"));
        org.casebook.testsupport.TestServices.firstLetterSample(app.services).create(temp.resolve("Sample")).close();
        app.session.open(temp.resolve("Sample.casebook"));
        viewModel = new PackViewModel(new PackViewModel.Dependencies(app.edits, app.services.packService(),
                app.services.packSettingsService(), app.services.bodyService(), app.services.codebookService(),
                app.services.threadService(), app.tasks, app.dialogs, app.messages, pack -> {
                    printed.add(pack.title());
                    return printerSays;
                }, app.services.settings()));
    }

    @AfterEach
    void close() {
        viewModel.made().get().ifPresent(made -> made.pages().close());
        app.session.shutdown();
    }

    private CaseHandle db() {
        return app.edits.handle().orElseThrow();
    }

    private PackSettings stored() {
        return app.services.packSettingsService().settings(db());
    }

    @Test
    void offersTheCasesMeetingLettersThemesAndEveryStance() {
        ScopeChoices scope = viewModel.scope();
        assertThat(scope.meetings()).hasSize(2);
        assertThat(scope.meetings().get(0).label()).isEqualTo("All meetings");
        assertThat(scope.meeting().get()).isEqualTo(scope.meetings().get(0));
        assertThat(scope.letters().choices()).hasSize(1);
        assertThat(scope.themes().choices()).extracting(Choice::value).contains("pay-disparity");
        assertThat(scope.stances().choices()).extracting(Choice::value).containsExactlyInAnyOrder(Stance.values());
        assertThat(scope.scope().meetingId()).isEmpty();
        assertThat(scope.scope().letterIds()).isEmpty();
    }

    @Test
    void theScopeHoldsWhatIsTickedAndTheMeetingChosen() {
        ScopeChoices scope = viewModel.scope();
        scope.meeting().set(scope.meetings().get(1));
        long letter = scope.letters().choices().get(0).value();
        scope.letters().choose(letter, true);
        scope.themes().choose("pay-disparity", true);
        scope.stances().choose(Stance.DISPUTE, true);
        scope.stances().choose(Stance.AGREE, true);
        scope.stances().choose(Stance.AGREE, false);

        assertThat(scope.scope().meetingId()).isEqualTo(scope.meetings().get(1).value());
        assertThat(scope.scope().letterIds()).containsExactly(letter);
        assertThat(scope.scope().themeIds()).containsExactly("pay-disparity");
        assertThat(scope.scope().stances()).containsExactly(Stance.DISPUTE);

        // Reading the case again (after any edit) keeps the ticks and the meeting.
        app.edits.refresh();
        assertThat(scope.scope().letterIds()).containsExactly(letter);
        assertThat(scope.scope().meetingId()).isEqualTo(scope.meetings().get(1).value());
    }

    @Test
    void choosingAMeetingOffersItsNameAndDateUntilTheMemberTypesTheirOwn() {
        ScopeChoices scope = viewModel.scope();
        PackForm form = viewModel.form();
        LocalDate today = app.services.packService().today();
        Meeting meeting = CaseAccess.read(db(), r -> r.bodies().meetings()).get(0);
        assertThat(meeting.date()).as("the sample's meeting is dated").isPresent();

        scope.meeting().set(scope.meetings().get(1));
        assertThat(form.title().get()).isEqualTo("Briefing pack: " + meeting.name());
        assertThat(form.date().get()).isEqualTo(meeting.date().get());

        scope.meeting().set(scope.meetings().get(0));
        assertThat(form.title().get()).isEqualTo("Briefing pack");
        assertThat(form.date().get()).isEqualTo(today);

        form.title().set("Our questions for March");
        scope.meeting().set(scope.meetings().get(1));
        assertThat(form.title().get()).as("the member's own title stays").isEqualTo("Our questions for March");
        assertThat(form.date().get()).isEqualTo(meeting.date().get());
    }

    @Test
    void largePrintHiddenNamesAndNotesStartAsTheMemberLastChoseThem() {
        viewModel.form().largePrint().set(true);
        viewModel.form().redact().set(true);

        assertThat(app.services.settings().packPreferences())
                .isEqualTo(new UserSettings.PackPreferences(true, true, false));
        PackViewModel next = new PackViewModel(new PackViewModel.Dependencies(app.edits, app.services.packService(),
                app.services.packSettingsService(), app.services.bodyService(), app.services.codebookService(),
                app.services.threadService(), app.tasks, app.dialogs, app.messages, pack -> false,
                app.services.settings()));
        assertThat(next.form().largePrint().get()).isTrue();
        assertThat(next.form().redact().get()).isTrue();
        assertThat(next.form().includeNotes().get()).isFalse();
    }

    @Test
    void theOptionsFollowTheFormAndABlankTitleBecomesTheDefault() {
        PackForm form = viewModel.form();
        assertThat(form.title().get()).isEqualTo("Briefing pack");
        assertThat(form.date().get()).isEqualTo(app.services.packService().today());
        form.title().set("  ");
        form.date().set(LocalDate.of(2026, 12, 3));
        form.section(PackSection.LETTERS).set(false);
        form.section(PackSection.HISTORY).set(false);
        form.includeNotes().set(true);
        form.largePrint().set(true);
        form.redact().set(true);

        PackRequest options = form.request(PackScope.everything(), LocalDate.of(2026, 1, 1));
        assertThat(options.title()).contains("Briefing pack");
        assertThat(options.date()).contains(LocalDate.of(2026, 12, 3));
        assertThat(options.sections()).isEqualTo(EnumSet.of(PackSection.SUMMARY, PackSection.CONCERNS, PackSection.COMMITMENTS,
                PackSection.CAMPAIGNS));
        assertThat(options.includeNotes()).isTrue();
        assertThat(options.largePrint()).isTrue();
        form.campaigns().set(false);
        assertThat(form.request(PackScope.everything(), LocalDate.of(2026, 1, 1)).sections())
                .doesNotContain(PackSection.CAMPAIGNS).contains(PackSection.COMMITMENTS);
        assertThat(options.redact()).isTrue();
        form.date().set(null);
        assertThat(form.request(PackScope.everything(), LocalDate.of(2026, 1, 1)).date())
                .contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    void theSuggestedFileNameIsTheTitleAndDateWithoutCharactersFilesRefuse() {
        assertThat(PackViewModel.suggestedName(
                new PackDocument(new byte[0], 1, 1, "Board: May/June?", LocalDate.of(2026, 5, 26))))
                .isEqualTo("Board- May-June- 2026-05-26.pdf");
    }

    @Test
    void everyChangeToTheNamesIsOneUndoableEditThatRestoresTheSettingsExactly() {
        HiddenNames names = viewModel.names();
        String sampleGroup = names.groupName().get();
        assertThat(sampleGroup).as("the sample case names its group").isNotEmpty();
        names.newName().set("Danielle");
        names.newRole().set("Chair");
        names.addNew();
        assertThat(names.newName().get()).isEmpty();
        names.add("Dr Tamar Smith", "Trust officer");
        names.setGroupName("Lived Experience Group");
        PackSettings before = stored();
        assertThat(before).isEqualTo(new PackSettings("Lived Experience Group",
                List.of(new RedactedName("Danielle", "Chair"), new RedactedName("Dr Tamar Smith", "Trust officer"))));

        names.change(0, "Danielle Jones", "Chair");
        names.remove(1);
        assertThat(names.names()).containsExactly(new NameRow("Danielle Jones", "Chair"));
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEqualTo("change the names hidden in packs");

        app.edits.undo();
        app.edits.undo();
        assertThat(stored()).isEqualTo(before);
        assertThat(names.names()).containsExactly(new NameRow("Danielle", "Chair"), new NameRow("Dr Tamar Smith", "Trust officer"));
        app.edits.redo();
        assertThat(names.names()).containsExactly(new NameRow("Danielle Jones", "Chair"),
                new NameRow("Dr Tamar Smith", "Trust officer"));
        app.edits.undo();
        app.edits.undo();
        assertThat(names.groupName().get()).isEqualTo(sampleGroup);
        assertThat(stored().names()).hasSize(2);
    }

    @Test
    void refusesABlankRoleOrANameListedTwiceAndStoresNothing() {
        HiddenNames names = viewModel.names();
        names.add("Danielle", "Chair");
        assertThat(names.add("danielle ", "Vice chair")).isFalse();
        assertThat(names.add("Sam", " ")).isFalse();
        assertThat(app.dialogs.errors()).extracting(e -> e.message())
                .containsExactly("danielle is listed already.", "Type what the pack shows instead of Sam, such as “Chair”.");
        assertThat(stored().names()).containsExactly(new RedactedName("Danielle", "Chair"));
    }

    @Test
    void findingNamesAddsTheOnesNotListedYetAsOneEdit() {
        HiddenNames names = viewModel.names();
        List<RedactedName> found = app.services.packSettingsService().findNames(db());
        assertThat(found).as("the sample letter's greeting and sign-off").isNotEmpty();
        names.findNames();
        assertThat(names.names()).extracting(NameRow::name).containsExactlyElementsOf(found.stream().map(RedactedName::name).toList());

        names.findNames();
        assertThat(app.dialogs.infos()).extracting(i -> i.title()).containsExactly("No new names found");
        app.edits.undo();
        assertThat(names.names()).isEmpty();
        assertThat(stored().names()).isEmpty();
    }

    @Test
    void makesThePackSavesItUnderTheChosenNameAndPrintsIt() throws Exception {
        viewModel.form().title().set("Board briefing");
        viewModel.make();

        PackViewModel.Made made = viewModel.made().get().orElseThrow();
        assertThat(viewModel.busy().get()).isFalse();
        assertThat(made.document().pages()).isPositive();
        assertThat(made.pages().count()).isEqualTo(made.document().pages());
        assertThat(viewModel.pageLabel().get()).isEqualTo("Page 1 of " + made.document().pages());
        assertThat(viewModel.status().get()).contains(made.document().pages() + " page");

        Path file = temp.resolve("out.pdf");
        app.dialogs.answerSave(file);
        viewModel.save();
        assertThat(Files.readAllBytes(file)).isEqualTo(made.document().pdf());
        assertThat(viewModel.status().get()).isEqualTo("Saved as out.pdf.");

        viewModel.print();
        printerSays = false;
        viewModel.print();
        assertThat(printed).containsExactly("Board briefing", "Board briefing");
        assertThat(viewModel.status().get()).isEqualTo("Printing was cancelled.");

        viewModel.names().add("Danielle", "Chair");
        assertThat(viewModel.status().get()).contains("make it again");
        assertThat(viewModel.made().get()).isPresent();
    }

    @Test
    void aPageAndZoomAreShownAsTheMemberMoves() throws Exception {
        viewModel.make();
        int pages = viewModel.made().get().orElseThrow().pages().count();
        viewModel.currentPage().set(pages - 1);
        assertThat(viewModel.pageLabel().get()).isEqualTo("Page " + pages + " of " + pages);
        assertThat(viewModel.zoomLabel().get()).isEqualTo("100 %");
        viewModel.zoomIn();
        assertThat(viewModel.zoom().get()).isEqualTo(1.25);
        for (int i = 0; i < 10; i++) {
            viewModel.zoomOut();
        }
        assertThat(viewModel.zoomLabel().get()).isEqualTo("50 %");
    }

    @Test
    void aFailedSaveNamesTheFileAndTheProblem() {
        viewModel.make();
        Path missing = temp.resolve("no such folder").resolve("pack.pdf");
        app.dialogs.answerSave(missing);
        viewModel.save();
        assertThat(app.dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The pack could not be saved");
            assertThat(e.message()).contains("“pack.pdf” was not written");
        });
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void closingTheCaseTakesThePackAway() {
        viewModel.make();
        assertThat(viewModel.hasPack().get()).isTrue();
        app.session.closeCase();
        assertThat(viewModel.hasPack().get()).isFalse();
        assertThat(viewModel.scope().letters().choices()).isEmpty();
        assertThat(Set.copyOf(viewModel.scope().meetings())).hasSize(1);
    }
}
