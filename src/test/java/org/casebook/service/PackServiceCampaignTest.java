package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.report.PackFixtureCase;
import org.casebook.report.PackFixtureTest;
import org.casebook.report.PackOptions;
import org.casebook.report.PdfReadback;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pack service puts the case's FOI campaigns in the pack, each as its register's matrix on the pack's date: the
 * fixture case plus a campaign of two questions sent on 1 July 2021 to two bodies (due 29 July), one of which
 * refused the first question on grounds of cost.
 */
class PackServiceCampaignTest extends PackFixtureTest {

    private static final LocalDate SENT = LocalDate.of(2021, 7, 1);

    @BeforeEach
    void addCampaign() {
        FoiService foi = fixture.services.foiServices().register();
        Campaign campaign = foi.createCampaign(fixture.database, "Peer worker pay",
                List.of("What band are peer workers paid on?", "How many peer workers are there?"), Optional.empty());
        Body northvale = fixture.services.backend().bodies().addBody(fixture.database, "Northvale NHS Trust");
        Body southmere = fixture.services.backend().bodies().addBody(fixture.database, "Southmere Health Board");
        long refused = foi.recordSent(fixture.database, campaign.id(), northvale.id(), SENT, Optional.empty())
                .request().id();
        foi.recordSent(fixture.database, campaign.id(), southmere.id(), SENT, Optional.empty());
        fixture.services.foiServices().responses().setAnswer(fixture.database, new FoiAnswer(refused, 1,
                AnswerKind.REFUSED, Optional.of(Exemption.S12_COST), Optional.empty()));
    }

    @Test
    void aPackOfACaseWithACampaignHoldsItsAnswersCountsLateBodiesAndRefusals() {
        String text = text(PackOptions.standard("Briefing", PackFixtureCase.TODAY));

        assertThat(text).contains("FOI campaign: Peer worker pay", "Q1 What band are peer workers paid on?",
                "Refused (s.12 cost)", "Q1: 0 of 2 bodies answered, 1 refused, 1 not answered",
                "Q2: 0 of 2 bodies answered, 2 not answered",
                "Section 12: cost of compliance over the limit");
        assertThat(text).containsPattern("Overdue Body Answer due How late .*Northvale NHS Trust 29 July 2021 \\d+ "
                + "working days late.*Southmere Health Board 29 July 2021");
    }

    @Test
    void theCampaignIsShownAsItStoodOnThePacksDate() {
        String text = text(PackOptions.standard("Briefing", LocalDate.of(2021, 7, 15)));

        assertThat(text).contains("FOI campaign: Peer worker pay",
                "No body is late with its answer on 15 July 2021.");
    }

    @Test
    void aPackWithoutTheCampaignSectionLeavesItOut() {
        PackOptions options = PackOptions.standard("Briefing", PackFixtureCase.TODAY)
                .withSections(EnumSet.complementOf(EnumSet.of(PackSection.CAMPAIGNS)));

        assertThat(text(options)).doesNotContain("FOI campaign", "Peer worker pay").contains("Commitments");
    }

    private String text(PackOptions options) {
        PdfReadback pdf = PdfReadback.of(pack(PackScope.everything(), options).pdf());
        return pdf.flatTextInDrawingOrder(1, pdf.pageCount());
    }
}
