package org.casebook.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Exemption;
import org.casebook.report.PackModel.CampaignSection;
import org.casebook.report.PackModel.OverdueRequest;
import org.casebook.report.PackModel.Refusal;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The campaign section the assembler makes from a hand-built answer matrix ({@link CampaignMatrices#peerSupport}). */
class PackAssemblerCampaignTest {

    private final PackAssembler assembler = new PackAssembler(new PackText());
    private final CampaignHtml html = new CampaignHtml(new PackText());

    @Test
    void theSectionHoldsTheCampaignsQuestionsAndItsBodiesInAlphabeticalOrder() {
        CampaignSection section = only(assemble(List.of(CampaignMatrices.peerSupport())));

        assertThat(section.title()).isEqualTo(CampaignMatrices.TITLE);
        assertThat(section.anchor()).isEqualTo("campaign-1");
        assertThat(section.questions()).extracting(q -> q.number()).containsExactly(1, 2, 3);
        assertThat(section.rows()).extracting(PackModel.CampaignRow::body).containsExactly("Ashfield Health Board",
                "Brookvale NHS Trust", "Coastal Care NHS Trust", "Moorland Partnership NHS Trust",
                "Riverside NHS Foundation Trust");
        assertThat(section.rows().get(4).cells()).extracting(PackModel.CampaignCell::kind)
                .containsExactly(AnswerKind.ANSWERED, AnswerKind.ANSWERED, AnswerKind.REFUSED);
        assertThat(section.rows().get(0).cells()).extracting(PackModel.CampaignCell::kind)
                .as("a body that has not answered has a cell for every question").containsOnly(AnswerKind.NOT_ANSWERED)
                .hasSize(3);
    }

    @Test
    void theCountsPerQuestionAddUpToTheBodiesAsked() {
        CampaignSection section = only(assemble(List.of(CampaignMatrices.peerSupport())));

        assertThat(section.countsPerQuestion()).extracting(c -> c.question(), c -> c.bodies(),
                c -> c.of(AnswerKind.ANSWERED), c -> c.of(AnswerKind.PARTLY_ANSWERED), c -> c.of(AnswerKind.NOT_HELD),
                c -> c.of(AnswerKind.REFUSED), c -> c.of(AnswerKind.NOT_ANSWERED))
                .containsExactly(tuple(1, 5, 3, 0, 0, 0, 2), tuple(2, 5, 1, 1, 0, 1, 2), tuple(3, 5, 1, 0, 1, 1, 2));
        assertThat(section.countsPerQuestion()).extracting(html::countLine).containsExactly(
                "Q1: 3 of 5 bodies answered, 2 not answered",
                "Q2: 1 of 5 bodies answered, 1 partly answered, 1 refused, 2 not answered",
                "Q3: 1 of 5 bodies answered, 1 not held, 1 refused, 2 not answered");
    }

    @Test
    void theLateBodiesComeMostLateFirstWithTheirDueDates() {
        CampaignSection section = only(assemble(List.of(CampaignMatrices.peerSupport())));

        assertThat(section.overdue()).extracting(OverdueRequest::body, OverdueRequest::workingDaysLate,
                        OverdueRequest::longOverdue, r -> r.due().toString())
                .containsExactly(tuple("Coastal Care NHS Trust", 26, true, "2026-10-28"),
                        tuple("Ashfield Health Board", 7, false, "2026-11-24"));
    }

    @Test
    void refusalsGiveTheBodyTheQuestionAndTheExemptionCitedIncludingPartRefusals() {
        CampaignSection section = only(assemble(List.of(CampaignMatrices.peerSupport())));

        assertThat(section.refusals()).extracting(Refusal::body, Refusal::question, Refusal::exemption,
                        Refusal::inPart)
                .containsExactly(tuple("Brookvale NHS Trust", 2, Optional.empty(), false),
                        tuple("Moorland Partnership NHS Trust", 2, Optional.of(Exemption.S40_PERSONAL), true),
                        tuple("Riverside NHS Foundation Trust", 3, Optional.of(Exemption.S12_COST), false));
        assertThat(html.kind(AnswerKind.REFUSED, Optional.of(Exemption.S12_COST))).isEqualTo("Refused (s.12 cost)");
        assertThat(html.kind(AnswerKind.NOT_HELD, Optional.empty())).isEqualTo("Not held");
    }

    @Test
    void longAnswersAreCutToTheirFirstWholeWords() {
        CampaignSection section = only(assemble(List.of(CampaignMatrices.peerSupport())));

        String riverside = section.rows().get(4).cells().get(0).firstWords();
        assertThat(riverside).isEqualTo("We employed 14 peer support workers (11.2 whole time equivalent) on 1\u2026");
        assertThat(CampaignMatrices.LONG_ANSWER).startsWith(riverside.substring(0, riverside.length() - 1));
        assertThat(section.rows().get(1).cells().get(0).firstWords()).isEqualTo("Six.");
        assertThat(CampaignSections.firstWords("  one \n two  ")).isEqualTo("one two");
    }

    @Test
    void campaignsNotYetSentAndPacksWithoutTheSectionHoldNoCampaign() {
        AnswerMatrix unsent = new AnswerMatrix(CampaignMatrices.peerSupport().campaign(), List.of());
        assertThat(assemble(List.of(unsent, CampaignMatrices.many("Pay", 4, 2))))
                .extracting(CampaignSection::title, CampaignSection::anchor).containsExactly(tuple("Pay", "campaign-1"));

        PackOptions without = options().withSections(EnumSet.complementOf(EnumSet.of(PackSection.CAMPAIGNS)));
        assertThat(assembler.assemble(input(List.of(CampaignMatrices.peerSupport())), PackScope.everything(),
                without).campaigns()).isEmpty();
        assertThat(assembler.assemble(OneLetterCase.input(CampaignMatrices.ON, "Text", List.of(item())),
                PackScope.everything(), options()).campaigns()).as("an input made without campaigns").isEmpty();
    }

    private List<CampaignSection> assemble(List<AnswerMatrix> matrices) {
        return assembler.assemble(input(matrices), PackScope.everything(), options()).campaigns();
    }

    private static CampaignSection only(List<CampaignSection> sections) {
        assertThat(sections).hasSize(1);
        return sections.get(0);
    }

    private static PackOptions options() {
        return PackOptions.standard("Briefing", CampaignMatrices.ON);
    }

    private static PackInput input(List<AnswerMatrix> matrices) {
        return OneLetterCase.input(CampaignMatrices.ON, "A concern.\n\nAn answer.", List.of(item()))
                .withCampaigns(matrices);
    }

    static Item item() {
        return new Item(1, 1, Optional.empty(), "1", "1", 0, "A concern.", Optional.of("An answer."), Optional.empty(),
                Optional.empty(), Stance.DISPUTE, "");
    }
}
