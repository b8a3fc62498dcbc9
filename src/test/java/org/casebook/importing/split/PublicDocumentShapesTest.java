package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.importing.split.SplitAssertions.splitPasted;

import java.util.List;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.junit.jupiter.api.Test;

/**
 * The ways real council minutes, written answers and FOI requests set out their questions, each rule of the splitter
 * met in the words of the document it was found in: the passages are cut from the labelled corpus
 * ({@code src/test/resources/corpus/}, whose README gives each source's address).
 */
class PublicDocumentShapesTest {

    @Test
    void minutesNumberedUnderTheAgendaItemAreItemsAndTheAgendaLettersBeforeThemAreNot() {
        // 1-gloucester-members-question-time-49.txt
        SplitResult result = splitPasted("""
                a)    Leader and Cabinet Members’ Question Time (45 minutes)

                Any member of the Council may ask the Leader of the Council or any Cabinet Member any question.

                b)    Questions to Chairs of Meetings (15 Minutes)

                49.1    With regard to question 1, Councillor Hilton asked the Cabinet Member whether she agreed that the Council should stand in solidarity with the Ukraine. Councillor Norman agreed and asked that anyone with information on it to come forward.

                49.2    With regard to question 2, Councillor Hilton asked when all schools would recommence swimming lessons at GL1. Councillor Lewis confirmed that some schools were already back.
                """);

        assertThat(result.items()).extracting(SplitItem::concern)
                .satisfiesExactly(c -> assertThat(c).startsWith("With regard to question 1, Councillor Hilton asked"),
                        c -> assertThat(c).startsWith("With regard to question 2"));
        assertThat(result.items()).extracting(i -> i.response().orElse(""))
                .satisfiesExactly(r -> assertThat(r).startsWith("Councillor Norman agreed"),
                        r -> assertThat(r).startsWith("Councillor Lewis confirmed"));
        assertThat(result.intro()).contains("Questions to Chairs of Meetings");
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void anAnswerTheMinutesNarrateAfterADashStartsAtTheNameOfWhoAnswered() {
        // 1-cheshire-east-council-questions-2019.txt: the label is set apart by spaces, as the page has it.
        SplitResult result = splitPasted("""
                Minutes:

                1.     Cllr A Moran asked whether the Portfolio Holder would consider removing the 10p increase in Car Parking charges in Nantwich. Cllr B Roberts, Portfolio Holder for Highways and Waste, agreed to respond to this question once he had looked at the implications.

                2.     Cllr D Marren referred to the Staff Survey and asked whether it would be possible to see the questions asked and comments made by staff. - The Leader of the Council and Interim Chief Executive responded and undertook to provide a written response.
                """);

        assertThat(result.shape()).isNotEqualTo(Shape.TABLE);
        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(0).concern()).startsWith("Cllr A Moran asked").endsWith("in Nantwich.");
        assertThat(result.items().get(0).response()).hasValueSatisfying(r -> assertThat(r).startsWith("Cllr B Roberts"));
        assertThat(result.items().get(1).concern()).endsWith("comments made by staff.");
        assertThat(result.items().get(1).response()).hasValueSatisfying(r -> assertThat(r).startsWith("The Leader of the Council"));
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void aWrittenQuestionCopiedFromItsPageLeavesItsHeadingsOutOfTheQuestion() {
        // 6-pq-lords-emotional-distress-guidance.txt: one paragraph a line, as a browser copies a page.
        SplitResult result = splitPasted("""
                Asked by: Baroness Maclean of Redditch (Conservative - Life peer)
                Question to the Department of Health and Social Care:
                To ask His Majesty's Government whether they have issued any formal guidance for (1) public communications, (2) educational settings, and (3) healthcare pathways, that distinguishes emotional distress from diagnosable mental health conditions.
                Answered by Baroness Merron - Parliamentary Under-Secretary (Department of Health and Social Care)
                The Government has not issued formal guidance as such. The Every Mind Matters campaign is the National Health Service’s national platform for mental health and wellbeing, and it offers advice and information to help people look after their mental health.
                In educational settings, Mental Health Support Teams work in schools and colleges to offer early intervention for mild-to-moderate issues, and they also support the whole school community to build a culture of mental wellbeing.
                """);

        assertThat(result.shape()).isEqualTo(Shape.WRITTEN_QUESTIONS);
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.concern()).startsWith("To ask His Majesty's Government whether");
            assertThat(item.response()).hasValueSatisfying(r -> assertThat(r).startsWith("The Government has not issued")
                    .contains("In educational settings"));
        });
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void aRequestAsSentIsReadAsItsListedQuestionsAllUnansweredWithTheAcknowledgementAsClosing() {
        // 8-wdtk-nhs-england-band-7-lxp-kuf.txt
        SplitResult result = splitPasted("""
                LXP Revolution made this Freedom of Information request to NHS England

                Dear NHS England,

                In December 2020 the Adult Mental Health Team at NHSE offered Mental Health Trusts the chance to apply for funding for a Band 7 KUF Lived Experience Professional role.

                Please provide a list of NHS Trusts which:
                * were given the opportunity to apply for funding for the post
                * applied and were successful
                * did not apply for the funding

                Yours faithfully,

                LXP Revolution

                Thank you for your email. Due to the impact of the coronavirus pandemic, we are receiving an extremely high volume of enquiries.
                """);

        assertThat(result.shape()).isEqualTo(Shape.REQUEST);
        assertThat(result.items()).extracting(SplitItem::concern).containsExactly(
                "were given the opportunity to apply for funding for the post", "applied and were successful",
                "did not apply for the funding");
        assertThat(result.items()).allMatch(i -> i.response().isEmpty());
        assertThat(result.warnings()).containsExactly(
                "no responses found — this reads as a request not yet answered, so every item is a question on its own");
        assertThat(result.confidence()).isGreaterThan(0.5);
        assertThat(result.closing()).startsWith("Yours faithfully").contains("Thank you for your email");
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void aRequestWithNoListAsksInItsParagraphs() {
        // 8-wdtk-nhs-england-sbs-letters.txt
        SplitResult result = splitPasted("""
                Dear NHS England,

                I refer to the Written Answer of Nicola Blackwood MP dated 10 March 2017 to Commons Written Question 66335.

                I would like to request access to the report of this investigation ("the First Request").

                Ms Blackwood further mentioned that NHS Shared Business Services had itself carried out a full investigation into the incident. Hence, I also request access to the report of the NHS SBS Investigation ("the Second Request").

                Yours faithfully,

                Michael Bimmler
                """);

        assertThat(result.shape()).isEqualTo(Shape.REQUEST);
        assertThat(result.items()).extracting(SplitItem::concern)
                .satisfiesExactly(c -> assertThat(c).startsWith("I would like to request access"),
                        c -> assertThat(c).startsWith("Ms Blackwood further mentioned"));
        assertThat(result.intro()).contains("I refer to the Written Answer");
    }

    @Test
    void aLetterAnsweringARequestIsNotTakenForTheRequest() {
        SplitResult result = splitPasted("""
                Dear Ms Smith,

                Please find below our response to your request.

                1. How many peer support workers does the Trust employ?

                We employ 14 peer support workers.

                2. How many of them are paid at Band 4 or above?

                Six of them are paid at Band 4.

                Yours sincerely,

                FOI Team
                """);

        assertThat(result.shape()).isNotEqualTo(Shape.REQUEST);
        assertThat(result.items()).allMatch(i -> i.response().isPresent());
    }

    @Test
    void minutesThatListTheQuestionsReceivedAsBulletsHaveAnItemForEach() {
        // 5-stockport-public-question-time.txt
        SplitResult result = splitPasted("""
                Seven public questions were submitted as follows:-

                ·         Relating to whether the Council planned to promote the development of co-operative business models in the Borough.

                The Leader of the Council (Councillor Sue Derbyshire) responded that the Council was not actively looking to externalise services.

                ·         Relating to how the Council would provide equal access to safe and effective treatments and care in the community.

                The Executive Councillor (Supporting Adults) (Councillor Keith Holloway) responded that he had attended the launch of the Parity of Esteem initiative.
                """);

        assertThat(result.items()).extracting(SplitItem::concern)
                .satisfiesExactly(c -> assertThat(c).startsWith("Relating to whether"), c -> assertThat(c).startsWith("Relating to how"));
        assertThat(result.items()).extracting(i -> i.response().orElse(""))
                .satisfiesExactly(r -> assertThat(r).startsWith("The Leader of the Council"),
                        r -> assertThat(r).startsWith("The Executive Councillor"));
    }

    @Test
    void aSupplementaryQuestionSitsUnderTheQuestionItFollows() {
        // 5-rotherham-public-questions-ball.txt
        SplitResult result = splitPasted("""
                A question was received from Councillor Ball who asked if the Leader had full confidence in the Cabinet Members who remained silent after the Jay Report?

                The Leader indicated he had full confidence in the Cabinet Members, including those appointed in the interim period.

                In his supplementary Councillor Ball noted a Cabinet Member had been selected and then withdrawn from selection to stand as an MP.  He asked why the Cabinet Member was not good enough to stand as an MP yet good enough to remain in the Cabinet.

                The Leader responded to explain that the Cabinet Member had been selected, through a democratic process to stand for parliament.
                """);

        assertThat(result.shape()).isEqualTo(Shape.MINUTES);
        assertThat(result.items()).hasSize(2);
        SplitItem supplementary = result.items().get(1);
        assertThat(supplementary.parentPath()).contains(result.items().get(0).path());
        assertThat(supplementary.concern()).startsWith("In his supplementary Councillor Ball noted");
        assertThat(supplementary.response()).hasValueSatisfying(r -> assertThat(r).startsWith("The Leader responded"));
    }

    @Test
    void aQuestionHeadedWithWhoAskedWhomIsAnsweredUnderItsReplyHeading() {
        // 4-enfield-councillor-questions-2018.txt
        SplitResult result = splitPasted("""
                2.               The following supplementary questions and responses received for the questions listed below:

                Question 1 (Autumn Budget and Public Sector Pay Cap) from Councillor Levy to Councillor Taylor, Leader of the Council

                Would you agree that the Government does not value public sector workers?

                Reply from Councillor Taylor

                Yes. However this administration will continue to ensure that we recognise the vital contributions of public sector workers.
                """);

        assertThat(result.items()).anySatisfy(item -> {
            assertThat(item.concern()).startsWith("Question 1 (Autumn Budget and Public Sector Pay Cap) from Councillor Levy")
                    .contains("Would you agree");
            assertThat(item.response()).hasValueSatisfying(r -> assertThat(r).startsWith("Yes. However"));
        });
    }

    @Test
    void aRequestQuotedInFullEndsAtItsClosingQuoteAndTheAnswerFollows() {
        // 9-bradshaw-nhs-england-pwc-report.txt
        SplitResult result = splitPasted("""
                Dear Mr Bradshaw,

                Re:      Freedom of Information request

                Thank you for your Freedom of Information (FOI) request, which we received on 12 March 2015.

                Your exact request was:-

                “My request is to be provided with the full and final report from the PWC investigation into the financial challenge facing the NHS in Devon.”

                NHS England holds this information.

                However, we are withholding this information under Section 22 of the FOI Act.
                """);

        assertThat(result.shape()).isEqualTo(Shape.RESTATED);
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.concern()).startsWith("“My request is to be provided").endsWith("in Devon.”");
            assertThat(item.response()).hasValueSatisfying(r -> assertThat(r).startsWith("NHS England holds this information.")
                    .contains("Section 22"));
        });
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void aTableNeedsCellsAndNotALabelOrAFieldNameSetApartBySpaces() {
        SplitResult labels = splitPasted("""
                Re:      Freedom of Information request

                o   Question 1 - How long can the administration refuse to engage with the Melksham News?

                o   Verbal Response – the Leader provided background and context to the matter raised by Cllr Thorn.
                """);

        assertThat(labels.shape()).isNotEqualTo(Shape.TABLE);
        assertThat(labels.items()).singleElement().satisfies(item -> {
            assertThat(item.concern()).startsWith("How long can the administration");
            assertThat(item.response()).hasValueSatisfying(r -> assertThat(r).startsWith("the Leader provided background"));
        });
        List<String> cells = List.of("How many beds does the hospice have?\tThe hospice has 16 beds.");
        assertThat(splitPasted(String.join("\n", cells)).shape()).isEqualTo(Shape.TABLE);
    }
}
