package org.casebook.ui.campaigns;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.app.TestWiring;
import org.casebook.domain.foi.FoiState;
import org.casebook.service.CaseHandle;
import org.casebook.service.FoiServices;
import org.casebook.ui.campaigns.CampaignDialogs.CampaignForm;
import org.casebook.ui.campaigns.CampaignDialogs.Sending;
import org.casebook.ui.campaigns.CampaignDialogs.StateForm;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignsViewModelTest {

    /** A Thursday; 2 November was a Monday, so a request sent then was due on 30 November. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path temp;

    private TestCases app;
    private FoiServices foi;
    private CaseHandle db;
    private final FakeCampaignDialogs forms = new FakeCampaignDialogs();
    private final List<String> copied = new ArrayList<>();
    private final List<URI> opened = new ArrayList<>();
    private final List<Long> importing = new ArrayList<>();
    private CampaignsViewModel viewModel;

    @BeforeEach
    void openAnEmptyCase() {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Peer support FOI"));
        app.session.newCase();
        db = app.edits.handle().orElseThrow();
        foi = TestWiring.foiServices(app.services.importService(),
                Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON));
        Outside outside = new Outside() {
            @Override
            public void copy(String text) {
                copied.add(text);
            }

            @Override
            public void open(URI link) {
                opened.add(link);
            }
        };
        viewModel = new CampaignsViewModel(new CampaignsViewModel.Dependencies(app.edits, foi,
                app.services.bodyService(), forms, app.dialogs, outside, app.tasks, app.navigation, app.messages, importing::add));
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void importsBodiesFromAListSaysHowManyAndUndoTakesThemBack() throws IOException {
        importBodies();

        assertThat(viewModel.notice().get()).isEqualTo("Imported 3 bodies (0 already in the case).");
        assertThat(app.services.bodyService().directory(db).bodies()).hasSize(3);

        app.edits.undo();

        assertThat(app.services.bodyService().directory(db).bodies()).isEmpty();
    }

    @Test
    void aNewCampaignStartsFromTheDefaultTemplateAndIsChosen() {
        newCampaign();

        assertThat(forms.templatesOffered).containsExactly(org.casebook.domain.foi.Campaign.DEFAULT_TEMPLATE);
        assertThat(viewModel.campaigns()).extracting(CampaignRow::title, CampaignRow::counts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Peer support workers", "no bodies asked yet · none overdue"));
        assertThat(viewModel.heading().get()).isEqualTo("Peer support workers · 2 questions");
        assertThat(viewModel.hasCampaign().get()).isTrue();
    }

    @Test
    void aRequestMarkedSentAppearsWithItsDueDateAndUndoRemovesIt() throws IOException {
        importBodies();
        newCampaign();
        app.dialogs.answerListChoice(1);
        forms.presses.add(CampaignDialogs.DraftActions::copyText);
        forms.presses.add(CampaignDialogs.DraftActions::openWhatDoTheyKnow);
        Path letter = temp.resolve("letter to print.txt");
        app.dialogs.answerSave(letter);
        forms.presses.add(CampaignDialogs.DraftActions::saveLetter);
        forms.sendings.add(new Sending(LocalDate.of(2026, 11, 20), Optional.empty()));

        viewModel.prepareRequest();

        assertThat(app.dialogs.listsOffered().get(0)).containsExactly("Leeds and York Partnership NHS Foundation Trust",
                "NHS England", "Oxleas NHS Foundation Trust");
        assertThat(copied.get(0)).startsWith("Dear NHS England,").contains("1. How many peer support workers");
        assertThat(opened.get(0).toString()).startsWith("https://www.whatdotheyknow.com/");
        assertThat(java.nio.file.Files.readString(letter)).contains("Dear NHS England,", "1. How many peer support workers");
        assertThat(viewModel.notice().get()).isNotBlank();
        assertThat(viewModel.requests()).extracting(RequestRow::body, RequestRow::sent, RequestRow::due,
                        RequestRow::state, RequestRow::late)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NHS England", "20 Nov 2026", "18 Dec 2026",
                        "Awaiting response", ""));
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEqualTo("request to NHS England marked as sent");

        viewModel.selectedRequestProperty().set(Optional.of(viewModel.requests().get(0).id()));
        viewModel.importResponse();
        assertThat(importing).as("the response is imported for the chosen request")
                .containsExactly(viewModel.requests().get(0).id());

        app.edits.undo();

        assertThat(viewModel.requests()).isEmpty();
        assertThat(foi.register().requests(db, Optional.empty(), TODAY)).isEmpty();
    }

    @Test
    void anOverdueRequestIsFlaggedWithItsWorkingDaysLate() throws IOException {
        importBodies();
        newCampaign();
        send(0, LocalDate.of(2026, 11, 2));
        send(0, LocalDate.of(2026, 11, 30));

        RequestRow late = viewModel.requests().stream().filter(r -> r.body().startsWith("Leeds")).findFirst().orElseThrow();
        RequestRow inTime = viewModel.requests().stream().filter(r -> r.body().equals("NHS England")).findFirst().orElseThrow();
        assertThat(late.overdue()).isTrue();
        assertThat(late.due()).isEqualTo("30 Nov 2026");
        assertThat(late.late()).isEqualTo("3 working days late");
        assertThat(viewModel.spoken(late)).endsWith("3 working days late");
        assertThat(inTime.overdue()).isFalse();
        assertThat(inTime.late()).isEmpty();
        assertThat(viewModel.campaigns().get(0).counts()).isEqualTo("2 bodies asked · 1 overdue");
    }

    @Test
    void aRefusedChangeOfStateIsShownInTheFormAndStoresNothing() throws IOException {
        importBodies();
        newCampaign();
        send(0, LocalDate.of(2026, 11, 20));
        viewModel.selectedRequestProperty().set(Optional.of(viewModel.requests().get(0).id()));
        long before = app.edits.stack().revisionProperty().get();
        forms.states.add(new StateForm(FoiState.SUCCESSFUL, LocalDate.of(2026, 11, 1), ""));

        viewModel.changeState();

        assertThat(forms.refusals).singleElement().asString().isNotBlank();
        assertThat(app.dialogs.errors()).isEmpty();
        assertThat(foi.register().requests(db, Optional.empty(), TODAY).get(0).request().history()).hasSize(1);
        assertThat(app.edits.stack().revisionProperty().get()).isEqualTo(before);
    }

    @Test
    void aChangeOfStateIsShownAndUndoPutsTheRequestBack() throws IOException {
        importBodies();
        newCampaign();
        send(0, LocalDate.of(2026, 11, 2));
        viewModel.selectedRequestProperty().set(Optional.of(viewModel.requests().get(0).id()));
        forms.states.add(new StateForm(FoiState.REFUSED, LocalDate.of(2026, 12, 2), "s.12 cost limit"));

        viewModel.changeState();

        assertThat(forms.refusals).isEmpty();
        assertThat(viewModel.requests().get(0).state()).isEqualTo("Refused");
        assertThat(viewModel.requests().get(0).overdue()).isFalse();

        app.edits.undo();

        assertThat(viewModel.requests().get(0).state()).isEqualTo("Awaiting response");
        assertThat(viewModel.requests().get(0).late()).isEqualTo("3 working days late");
    }

    /** Sends the chosen campaign to the {@code index}th body still unasked, in name order. */
    void send(int index, LocalDate on) {
        app.dialogs.answerListChoice(index);
        forms.sendings.add(new Sending(on, Optional.empty()));
        viewModel.prepareRequest();
    }

    void newCampaign() {
        forms.campaigns.add(new CampaignForm("Peer support workers",
                "1. How many peer support workers does the Trust employ?\n2. What is their pay band?",
                org.casebook.domain.foi.Campaign.DEFAULT_TEMPLATE));
        viewModel.newCampaign();
    }

    void importBodies() throws IOException {
        app.dialogs.answerOpen(authorities(temp));
        app.dialogs.answerText("");
        viewModel.importBodies();
    }

    static Path authorities(Path folder) throws IOException {
        Path csv = folder.resolve("authorities.csv");
        Files.writeString(csv, """
                Internal ID,Name,Short name,URL name,Tags,Home page,Publication scheme,Disclosure log,Notes,Created at,Updated at,Version
                9001,NHS England,,nhs_england,nhs,https://www.england.nhs.uk,,,,,,1
                9002,Oxleas NHS Foundation Trust,,oxleas_nhs_foundation_trust,nhs nhstrust,https://oxleas.nhs.uk,,,,,,1
                9003,Leeds and York Partnership NHS Foundation Trust,,leeds_and_york_partnership_nhs_foundation_trust,nhs nhstrust,,,,,,,1
                """);
        return csv;
    }
}
