package org.casebook.ui.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.Letter;
import org.casebook.service.BodyService.Directory;
import org.casebook.service.BodyService;
import org.casebook.service.CaseHandle;
import org.casebook.ui.bodies.BodiesViewModel.BodyRow;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bodies screen over the sample case (one Trust, one Board meeting, one letter); no JavaFX thread. */
class BodiesViewModelTest {

    private TestCases app;
    private BodyService service;
    private BodiesViewModel viewModel;

    @BeforeEach
    void open(@TempDir Path temp) {
        app = new TestCases(temp.resolve("home"));
        org.casebook.testsupport.TestServices.firstLetterSample(app.services).create(temp.resolve("Sample")).close();
        app.session.open(temp.resolve("Sample.casebook"));
        service = app.services.bodyService();
        viewModel = new BodiesViewModel(app.edits, service, app.dialogs, app.messages);
    }

    @AfterEach
    void close() {
        app.session.shutdown();
    }

    private CaseHandle db() {
        return app.edits.handle().orElseThrow();
    }

    private void choose(String name) {
        viewModel.selectedBody().set(viewModel.bodies().stream().filter(r -> r.name().equals(name)).findFirst());
    }

    @Test
    void listsTheSampleTrustWithItsMeetingAndLetter() {
        assertThat(viewModel.bodies()).hasSize(1);
        BodyRow trust = viewModel.bodies().get(0);
        assertThat(trust.letters()).isEqualTo(1);
        assertThat(trust.meetings()).isEqualTo(1);
        assertThat(viewModel.selectedBody().get()).contains(trust);
        assertThat(viewModel.meetings()).singleElement().satisfies(m -> assertThat(m.letters()).isEqualTo(1));
        assertThat(viewModel.letters()).singleElement().satisfies(l -> assertThat(l.meeting()).isNotBlank());
    }

    @Test
    void addingABodyIsUndoneAndRedoneUnderTheSameId() {
        app.dialogs.answerText("NHS England");
        viewModel.addBody();
        Body added = service.directory(db()).bodies().stream().filter(b -> b.name().equals("NHS England")).findFirst()
                .orElseThrow();

        app.edits.undo();
        assertThat(viewModel.bodies()).extracting(BodyRow::name).doesNotContain("NHS England");
        app.edits.redo();

        assertThat(service.directory(db()).bodies()).contains(added);
        assertThat(app.edits.stack().undoDescriptionProperty().get()).contains("add the body “NHS England”");
    }

    @Test
    void aBlankNameIsRefusedWithAClearMessageAndNothingChanges() {
        Directory before = service.directory(db());
        app.dialogs.answerText("   ");

        viewModel.addBody();

        assertThat(app.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo(app.messages.get("bodies.name.blank")));
        assertThat(service.directory(db())).isEqualTo(before);
    }

    @Test
    void renamingToAnotherBodysNameOffersAMergeAndUndoPutsEverythingBackExactly() {
        String trust = viewModel.bodies().get(0).name();
        app.dialogs.answerText("Trust (typo)");
        viewModel.addBody();
        choose("Trust (typo)");
        app.dialogs.answerText("Meeting in public").answerText("1 June 2026");
        viewModel.addMeeting();
        Letter letter = service.directory(db()).letters().get(0);
        long typo = service.directory(db()).bodies().stream().filter(b -> b.name().equals("Trust (typo)"))
                .findFirst().orElseThrow().id();
        service.moveLetter(db(), letter.id(), new BodyService.Place(Optional.of(typo), Optional.empty()));
        app.edits.refresh();
        Directory before = service.directory(db());
        choose("Trust (typo)");

        app.dialogs.answerText(trust.toUpperCase(java.util.Locale.ROOT)).answerConfirm(true);
        viewModel.renameBody();

        assertThat(app.dialogs.confirmations()).hasSize(1);
        Directory merged = service.directory(db());
        assertThat(merged.bodies()).extracting(Body::name).containsExactly(trust);
        assertThat(merged.meetings()).hasSize(2).allMatch(m -> m.bodyId() == merged.bodies().get(0).id());
        assertThat(merged.letters().get(0).bodyId()).contains(merged.bodies().get(0).id());
        assertThat(viewModel.bodies()).singleElement().satisfies(r -> assertThat(r.meetings()).isEqualTo(2));

        app.edits.undo();

        assertThat(service.directory(db())).isEqualTo(before);
        app.edits.redo();
        assertThat(service.directory(db())).isEqualTo(merged);
    }

    @Test
    void anUnreadableMeetingDateIsExplainedAndNoMeetingIsAdded() {
        app.dialogs.answerText("Board").answerText("next Tuesday");

        viewModel.addMeeting();

        assertThat(app.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("next Tuesday"));
        assertThat(viewModel.meetings()).hasSize(1);
    }

    @Test
    void mergingTwoMeetingsMovesTheLetterAndUndoBringsTheMeetingBack() {
        app.dialogs.answerText("Board, second sitting").answerText("");
        viewModel.addMeeting();
        Directory before = service.directory(db());
        viewModel.selectedMeeting().set(viewModel.meetings().stream().filter(m -> m.letters() == 1).findFirst());

        app.dialogs.answerListChoice(0);
        viewModel.mergeMeeting();

        assertThat(viewModel.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Board, second sitting");
            assertThat(m.letters()).isEqualTo(1);
        });
        app.edits.undo();
        assertThat(service.directory(db())).isEqualTo(before);
    }

    @Test
    void movingALetterToNoBodyShowsItUnderLettersWithNoBodyAndUndoMovesItBack() {
        Directory before = service.directory(db());
        viewModel.selectedLetter().set(viewModel.letters().stream().findFirst());

        app.dialogs.answerListChoice(0);
        viewModel.moveLetter();

        assertThat(service.directory(db()).letters().get(0).bodyId()).isEmpty();
        assertThat(viewModel.bodies()).extracting(BodyRow::name).contains(app.messages.get("bodies.noBody"));
        app.edits.undo();
        assertThat(service.directory(db())).isEqualTo(before);
    }
}
