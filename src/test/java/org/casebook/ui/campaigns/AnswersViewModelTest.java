package org.casebook.ui.campaigns;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.casebook.app.TestWiring;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.MatrixRow;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.service.FoiDraftService.MatrixFormat;
import org.casebook.service.FoiService.RequestView;
import org.casebook.service.FoiServices;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class AnswersViewModelTest {

    private static final LocalDate TODAY = CampaignsViewModelTest.TODAY;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path temp;

    private TestCases app;
    private FoiServices foi;
    private CaseHandle db;
    private CampaignsViewModel campaigns;
    private AnswersViewModel answers;

    /** Three bodies asked two questions: NHS England answered both, Oxleas refused one under s.12, Leeds is late. */
    @BeforeEach
    void openACampaignWithAnswers() throws Exception {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Peer support FOI"));
        app.session.newCase();
        db = app.edits.handle().orElseThrow();
        foi = TestWiring.foiServices(app.services.importService(),
                Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON));
        foi.register().importBodies(db, CampaignsViewModelTest.authorities(temp), Optional.empty());
        var campaign = foi.register().createCampaign(db, "Peer support workers",
                List.of("How many peer support workers?", "What is their pay band?"), Optional.empty());
        for (var body : app.services.bodyService().directory(db).bodies()) {
            LocalDate sent = body.name().startsWith("Leeds") ? LocalDate.of(2026, 11, 2) : LocalDate.of(2026, 11, 20);
            RequestView v = foi.register().recordSent(db, campaign.id(), body.id(), sent, Optional.empty());
            if (body.name().equals("NHS England")) {
                answer(v, 1, AnswerKind.ANSWERED, Optional.empty());
                answer(v, 2, AnswerKind.ANSWERED, Optional.empty());
            } else if (body.name().startsWith("Oxleas")) {
                answer(v, 1, AnswerKind.ANSWERED, Optional.empty());
                answer(v, 2, AnswerKind.REFUSED, Optional.of(Exemption.S12_COST));
            }
        }
        campaigns = new CampaignsViewModel(new CampaignsViewModel.Dependencies(app.edits, foi,
                app.services.bodyService(), new FakeCampaignDialogs(), app.dialogs, new Outside() {
                    @Override
                    public void copy(String text) {
                    }

                    @Override
                    public void open(URI link) {
                    }
                }, app.tasks, app.navigation, app.messages, requestId -> { }));
        answers = campaigns.answers();
    }

    private void answer(RequestView v, int question, AnswerKind kind, Optional<Exemption> exemption) {
        CaseAccess.update(db, r -> r.foi().putAnswer(new FoiAnswer(v.request().id(), question, kind, exemption,
                Optional.empty())));
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void showsARowPerBodyAndAColumnPerQuestionWithTheKindInWords() {
        assertThat(answers.questions().get()).extracting(answers::columnHeading).containsExactly("Q1", "Q2");
        assertThat(answers.rows()).extracting(MatrixRow::bodyName).containsExactlyInAnyOrder("NHS England",
                "Oxleas NHS Foundation Trust", "Leeds and York Partnership NHS Foundation Trust");
        MatrixRow oxleas = row("Oxleas");
        assertThat(answers.kind(oxleas.cell(2))).isEqualTo("Refused (s.12)");
        assertThat(answers.state(row("Leeds"))).isEqualTo("Awaiting response · 3 working days late");
    }

    @Test
    void theRefusedFilterKeepsOnlyBodiesThatRefusedSomethingAndTheCountsFollow() {
        assertThat(answers.counts().get(1).summary())
                .isEqualTo("Q2: 1 of 3 bodies: Answered · 1 of 3 bodies: Refused · 1 of 3 bodies: No answer yet");

        answers.filterProperty().set(MatrixFilter.REFUSED);

        assertThat(answers.rows()).extracting(MatrixRow::bodyName).containsExactly("Oxleas NHS Foundation Trust");
        assertThat(answers.counts().get(1).summary()).isEqualTo("Q2: 1 of 1 bodies: Refused");
    }

    @Test
    void theOverdueFilterAndATagNarrowTheBodies() {
        assertThat(answers.tags()).containsExactly("", "nhs", "nhstrust");

        answers.filterProperty().set(MatrixFilter.OVERDUE);
        assertThat(answers.rows()).extracting(MatrixRow::bodyName)
                .containsExactly("Leeds and York Partnership NHS Foundation Trust");

        answers.filterProperty().set(MatrixFilter.ALL);
        answers.tagProperty().set("nhstrust");
        assertThat(answers.rows()).extracting(MatrixRow::bodyName).containsExactlyInAnyOrder(
                "Oxleas NHS Foundation Trust", "Leeds and York Partnership NHS Foundation Trust");
    }

    @Test
    void exportsTheWholeMatrixAsASpreadsheet() throws Exception {
        Path file = temp.resolve("matrix.csv");
        app.dialogs.answerSave(file);
        answers.filterProperty().set(MatrixFilter.REFUSED);

        answers.export(MatrixFormat.CSV);

        assertThat(Files.readString(file)).contains("NHS England").contains("Leeds and York");
        assertThat(campaigns.notice().get()).isEqualTo("Saved the answer matrix “matrix.csv”.");
    }

    @Test
    void aCellWithAnItemLeadsToItAndOneWithoutStaysPut() {
        app.navigation.show(Screen.CAMPAIGNS);
        answers.open(row("Leeds").cell(1));
        assertThat(app.navigation.screen()).isEqualTo(Screen.CAMPAIGNS);

        answers.open(new org.casebook.domain.foi.MatrixCell(1, AnswerKind.ANSWERED, Optional.empty(), "12 people",
                Optional.of(42L)));
        assertThat(app.navigation.screen()).isEqualTo(Screen.ITEMS);
    }

    @Test
    void theDashboardTileCountsLateRequestsAndOpensTheCampaigns() {
        OverdueRequests tile = new OverdueRequests(app.edits, foi.register(), app.navigation, app.messages);

        assertThat(tile.heading().get()).isEqualTo("1 request is overdue");
        assertThat(tile.latest()).containsExactly("Leeds and York Partnership NHS Foundation Trust — 3 working days late");

        tile.open();
        assertThat(app.navigation.screen()).isEqualTo(Screen.CAMPAIGNS);
    }

    private MatrixRow row(String start) {
        return answers.rows().stream().filter(r -> r.bodyName().startsWith(start)).findFirst().orElseThrow();
    }
}
