package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.Body;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.StateChange;
import org.casebook.service.FoiResponseService.ResponseImport;
import org.casebook.service.FoiService.RequestView;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FOI register over a real case file, on a fixed day: 20 September 2021, after the post's request was due. */
class FoiServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 20);

    @TempDir
    Path temp;

    private Services services;
    private FoiService foi;
    private FoiResponseService responses;
    private CaseHandle handle;
    private Campaign campaign;
    private Body nhsEngland;

    @BeforeEach
    void openCase() {
        services = TestServices.in(temp.resolve("home"), Clock.fixed(Instant.parse("2021-09-20T10:00:00Z"), ZoneOffset.UTC));
        foi = services.foiServices().register();
        responses = services.foiServices().responses();
        handle = services.caseService().create(temp.resolve("Campaign"));
        nhsEngland = services.backend().bodies().addBody(handle, "NHS England");
        campaign = foi.createCampaign(handle, "Band 7 KUF funding", List.of(
                "Which Trusts applied for the funding?", "Which Trusts did not apply?",
                "What reasons did Trusts give?"), Optional.empty());
    }

    @AfterEach
    void closeCase() {
        handle.close();
    }

    @Test
    void aRequestSentOnTheFourthOfAugust2021IsDueOnTheSecondOfSeptemberAsThePostSays() {
        RequestView sent = foi.recordSent(handle, campaign.id(), nhsEngland.id(), LocalDate.of(2021, 8, 4),
                Optional.of("https://www.whatdotheyknow.com/request/funding_for_band_7_lxp_kuf_roles"));

        assertThat(sent.clock().due()).isEqualTo(LocalDate.of(2021, 9, 2));
        assertThat(sent.state()).isEqualTo(FoiState.AWAITING_RESPONSE);
        // 3, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20 September: twelve working days late on the 20th.
        assertThat(sent.clock().lateness()).isEqualTo(Lateness.OVERDUE);
        assertThat(sent.clock().workingDaysLate()).isEqualTo(12);
        assertThat(foi.overdue(handle, TODAY)).extracting(v -> v.body().name()).containsExactly("NHS England");
    }

    @Test
    void questionsAreReadOneALineWithOrWithoutTheirNumbers() {
        assertThat(FoiService.questionLines("1. Which Trusts applied?\n\n2) Which did not?\nQ3 Why not?\nAnd who decided?"))
                .containsExactly("Which Trusts applied?", "Which did not?", "Why not?", "And who decided?");
    }

    @Test
    void aSendingDateInTheFutureIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> foi.recordSent(handle, campaign.id(), nhsEngland.id(), TODAY.plusDays(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(foi.requests(handle, Optional.empty(), TODAY)).isEmpty();
    }

    @Test
    void theSameCampaignIsSentToABodyOnce() {
        foi.recordSent(handle, campaign.id(), nhsEngland.id(), LocalDate.of(2021, 8, 4), Optional.empty());

        assertThatThrownBy(() -> foi.recordSent(handle, campaign.id(), nhsEngland.id(), LocalDate.of(2021, 8, 5),
                Optional.empty())).hasMessageContaining("already sent to NHS England on 2021-08-04");
        assertThat(foi.requests(handle, Optional.empty(), TODAY)).hasSize(1);
    }

    @Test
    void aStateThatDoesNotFollowIsRefusedWithNothingStoredAndAStateThatDoesIsUndoable() {
        long id = foi.recordSent(handle, campaign.id(), nhsEngland.id(), LocalDate.of(2021, 8, 4), Optional.empty())
                .request().id();
        // Not yet overdue on 10 August, and nothing answered: an internal review has nothing to review.
        assertThatThrownBy(() -> foi.changeState(handle, id, FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 8, 10), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(foi.request(handle, id, TODAY).request().history()).hasSize(1);

        StateChange answered = foi.changeState(handle, id, FoiState.PARTIALLY_SUCCESSFUL, LocalDate.of(2021, 9, 1),
                "some reasons withheld");
        RequestView after = foi.request(handle, id, TODAY);
        assertThat(after.state()).isEqualTo(FoiState.PARTIALLY_SUCCESSFUL);
        assertThat(after.clock().overdue()).isFalse();

        foi.undoChange(handle, answered);
        assertThat(foi.request(handle, id, TODAY).state()).isEqualTo(FoiState.AWAITING_RESPONSE);
        assertThat(foi.request(handle, id, TODAY).clock().workingDaysLate()).isEqualTo(12);
    }

    @Test
    void aResponseIsStoredAsALetterWithEachQuestionsAnswerMatchedByNumber() throws IOException {
        long id = foi.recordSent(handle, campaign.id(), nhsEngland.id(), LocalDate.of(2021, 8, 4), Optional.empty())
                .request().id();
        Path response = Files.writeString(temp.resolve("response.txt"), String.join("\n",
                "Dear Requester,", "",
                "Our response to each part of your request is below.", "",
                "1. Which Trusts applied for the funding?", "",
                "Response: Eleven Trusts applied; their names are in the attached list.", "",
                "3. What reasons did Trusts give?", "",
                "Response: We do not hold this information. Trusts were not asked to give reasons.", "",
                "Yours sincerely,", "", "FOI Team"), StandardCharsets.UTF_8);

        ResponseImport done = responses.importResponse(handle, id, response);

        assertThat(done.answers()).extracting(FoiAnswer::question, FoiAnswer::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, AnswerKind.ANSWERED),
                org.assertj.core.groups.Tuple.tuple(2, AnswerKind.NOT_ANSWERED),
                org.assertj.core.groups.Tuple.tuple(3, AnswerKind.NOT_HELD));
        assertThat(done.answers().get(0).itemId()).isPresent();
        assertThat(done.answers().get(1).itemId()).isEmpty();
        assertThat(done.stateChange()).map(StateChange::state).contains(FoiState.PARTIALLY_SUCCESSFUL);
        assertThat(done.letter().letter().bodyId()).contains(nhsEngland.id());

        AnswerMatrix matrix = foi.matrix(handle, campaign.id(), TODAY);
        assertThat(matrix.rows()).hasSize(1);
        assertThat(matrix.rows().get(0).cell(1).firstWords()).startsWith("Eleven Trusts applied");
        assertThat(matrix.counts(3).get(AnswerKind.NOT_HELD)).isEqualTo(1);
    }

    @Test
    void aResponseToARequestThatDoesNotExistIsRefusedAndNoLetterIsStored() throws IOException {
        Path response = Files.writeString(temp.resolve("response.txt"), "1. Question\n\nResponse: Answer.\n");

        assertThatThrownBy(() -> responses.importResponse(handle, 999, response))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no FOI request 999");
        List<org.casebook.domain.Letter> letters = CaseAccess.read(handle, r -> r.letters().all());
        assertThat(letters).isEmpty();
    }

    @Test
    void theSampleRefusalIsReadAsRefusedWithTheSectionsItCites() {
        long id = foi.recordSent(handle, campaign.id(), nhsEngland.id(), LocalDate.of(2021, 8, 4), Optional.empty())
                .request().id();
        Path refusal = Path.of("src/main/resources/org/casebook/service/sample/foi-response-harrowfield.txt");

        ResponseImport done = responses.importResponse(handle, id, refusal);

        assertThat(done.answers()).extracting(FoiAnswer::kind).containsOnly(AnswerKind.REFUSED);
        assertThat(done.answers().stream().map(a -> a.exemption().orElseThrow()).toList()).containsExactly(Exemption.S12_COST, Exemption.S12_COST, Exemption.S43_COMMERCIAL);
        assertThat(done.stateChange()).map(StateChange::state).contains(FoiState.REFUSED);
    }
}
