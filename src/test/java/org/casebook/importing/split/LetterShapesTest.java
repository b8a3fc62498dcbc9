package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.importing.split.SplitAssertions.resource;
import static org.casebook.importing.split.SplitAssertions.splitPasted;

import java.util.Optional;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real shapes letters and minutes come in besides the trust board reply. */
class LetterShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"foi-repeated.txt", "questions-then-answers.txt", "council-minutes.txt", "cut-off.txt",
        "request-only.txt", "pdf-viewer-sample.txt"})
    void everySpanPointsAtItsTextInEveryShape(String name) {
        SplitResult result = splitPasted(resource(name));

        assertThat(result.items()).isNotEmpty();
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void pairsAnFoiReplyThatRepeatsEachQuestionWithItsAnswerOncePerQuestion() {
        SplitResult result = splitPasted(resource("foi-repeated.txt"));

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "2", "3");
        assertThat(result.items().get(0).concern()).isEqualTo("How many peer support workers does the Trust employ?");
        assertThat(result.items().get(0).response()).hasValueSatisfying(r -> assertThat(r).startsWith("The Trust employs 14"));
        assertThat(result.items().get(2).response()).hasValueSatisfying(r -> assertThat(r).startsWith("No. The Trust was offered"));
        assertThat(result.items()).allSatisfy(i -> assertThat(i.response().orElseThrow()).doesNotContain("Our response"));
        assertThat(result.closing()).startsWith("If you are unhappy");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void matchesAnswersInASecondBlockToQuestionsByNumber() {
        SplitResult result = splitPasted(resource("questions-then-answers.txt"));

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "2", "3", "4");
        assertThat(result.items().get(1).concern()).isEqualTo("Who took part in the decision?");
        assertThat(result.items().get(1).response()).hasValueSatisfying(r -> assertThat(r).startsWith("Clinical leads from two services"));
        assertThat(result.items().get(3).response()).isEmpty();
        assertThat(result.warnings()).contains("item 4 has no response");
        assertThat(result.closing()).startsWith("Please let us know");
    }

    @Test
    void warnsAboutAnAnswerWithNoMatchingQuestion() {
        SplitResult result = splitPasted("Questions\n\n1. Why was the post cut?\n\n2. Who decided?\n\nAnswers\n\n"
                + "1. It was never funded.\n\n2. The service director.\n\n3. The budget will be reviewed in May.");

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "2", "3");
        assertThat(result.items().get(0).response()).contains("It was never funded.");
        assertThat(result.items().get(2).concern()).isEmpty();
        assertThat(result.items().get(2).response()).contains("The budget will be reviewed in May.");
        assertThat(result.warnings()).contains("answer 3 has no matching question");
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void readsCouncilMinutesWithAskerLinesNarrativeAnswersAndSupplementaries() {
        SplitResult result = splitPasted(resource("council-minutes.txt"));

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "1/supplementary", "2");
        SplitItem first = result.items().get(0);
        assertThat(first.concern()).startsWith("Question from Ms J. Smith to the Leader of the Council")
                .endsWith("cut in April?\"");
        assertThat(first.response()).hasValueSatisfying(r -> assertThat(r).startsWith("The Leader responded that")
                .doesNotContain("Supplementary"));
        SplitItem supplementary = result.items().get(1);
        assertThat(supplementary.parentPath()).contains("1");
        assertThat(supplementary.concern()).startsWith("Ms Smith asked whether");
        assertThat(supplementary.response()).hasValueSatisfying(r -> assertThat(r).startsWith("The Leader replied"));
        assertThat(result.items().get(2).response()).hasValueSatisfying(r -> assertThat(r).endsWith("was not acceptable."));
        assertThat(result.closing()).isEqualTo("The meeting closed at 8.15 pm.");
        assertThat(result.intro()).contains("Public questions");
    }

    @Test
    void keepsUnansweredQuestionsOfALetterCutOffPartWay() {
        SplitResult result = splitPasted(resource("cut-off.txt"));

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "2", "3", "4");
        assertThat(result.items()).extracting(i -> i.response().isPresent()).containsExactly(true, true, false, false);
        assertThat(result.warnings()).contains("item 3 has no response", "item 4 has no response");
        assertThat(result.closing()).isEmpty();
    }

    @Test
    void treatsARequestWithNoAnswersAsConcernsOnly() {
        SplitResult result = splitPasted(resource("request-only.txt"));

        assertThat(result.items()).hasSize(3).allMatch(i -> i.response().isEmpty());
        assertThat(result.items().get(2).concern()).endsWith("part of such decisions in future?");
        assertThat(result.closing()).startsWith("We look forward to your written response.").endsWith("The LXP Network");
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("no responses found"));
        assertThat(result.confidence()).isLessThan(splitPasted(resource("foi-repeated.txt")).confidence());
    }

    @Test
    void importsTextWithoutItemsAsOneBlock() {
        String letter = "Dear Tamar\n\nThank you for your letter. We will reply in full after the Board meets.\n\nKind regards\n\nDanielle";
        SplitResult result = splitPasted(letter);

        assertThat(result.items()).isEmpty();
        assertThat(result.intro()).isEqualTo(result.fullText().strip());
        assertThat(result.closing()).isEmpty();
        assertThat(result.warnings()).containsExactly("no items found — imported as one block");
        assertThat(result.confidence()).isLessThan(0.5);
    }

    @Test
    void warnsWhenNumberingJumps() {
        SplitResult result = splitPasted("1. Posts were cut.\n\nWe have not cut posts.\n\n2. Pay is low.\n\nWe are reviewing pay.\n\n"
                + "4. Training is cancelled.\n\nWe accept that training was cancelled.");

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "2", "4");
        assertThat(result.warnings()).contains("numbering jumps from 2 to 4");
        assertThat(result.confidence()).isLessThan(splitPasted("1. Posts were cut.\n\nWe have not cut posts.\n\n"
                + "2. Pay is low.\n\nWe are reviewing pay.").confidence());
    }

    @Test
    void findsTheResponseInsideTheConcernParagraphFromTheAnsweringVoice() {
        SplitResult result = splitPasted("1. Staff are not paid for training days. Why is this allowed? "
                + "We have no record of unpaid training days. We would welcome examples.");

        SplitItem item = result.items().get(0);
        assertThat(item.concern()).isEqualTo("Staff are not paid for training days. Why is this allowed?");
        assertThat(item.response()).contains("We have no record of unpaid training days. We would welcome examples.");
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("item 1: where the response starts was guessed"));
    }

    @Test
    void keepsAConcernThatSpeaksAsWeInOnePieceWhenItEndsInAQuestion() {
        SplitResult result = splitPasted("1. Members of the board are accountable for our wellbeing. We have told you about "
                + "the harm. Do you feel liable for it?\n\nWe take our responsibilities seriously.");

        assertThat(result.items().get(0).concern()).endsWith("Do you feel liable for it?");
        assertThat(result.items().get(0).response()).contains("We take our responsibilities seriously.");
    }

    @Test
    void keepsAFollowUpQuestionParagraphWithItsConcern() {
        SplitResult result = splitPasted("1. Funding was refused.\n\nHow will you make sure this does not happen again?\n\n"
                + "We will involve the network in future decisions.");

        assertThat(result.items().get(0).concern()).startsWith("Funding was refused.").endsWith("does not happen again?");
        assertThat(result.items().get(0).response()).contains("We will involve the network in future decisions.");
    }

    @Test
    void readsANumberedListInsideAResponseAsPartOfTheResponse() {
        SplitResult result = splitPasted("1. Posts were cut.\n\nNo posts were cut.\n\n2. Pay is low.\n\nPay is set nationally.\n\n"
                + "3. Training is cancelled.\n\nWe will:\n\n1. publish the training calendar;\n\n2. protect training days.\n\n"
                + "4. Nobody listens.\n\nWe are sorry you feel this way.");

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "2", "3", "4");
        assertThat(result.items().get(2).response()).hasValueSatisfying(r -> assertThat(r).contains("protect training days."));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void nestsRomanSubItemsUnderTheirLetteredParent() {
        SplitResult result = splitPasted("1. Pay\n\na) Rates are low.\n\nRates were raised in April.\n\n"
                + "(i) Travel is not refunded.\n\nTravel is refunded within a month.\n\n(ii) Expenses forms are lost.\n\n"
                + "We are moving to online forms.\n\nb) Payment is late.\n\nWe pay within 30 days.");

        assertThat(result.items()).extracting(SplitItem::path).containsExactly("1", "1/a", "1/a/i", "1/a/ii", "1/b");
        assertThat(result.items().get(2).parentPath()).isEqualTo(Optional.of("1/a"));
        assertThat(result.items().get(2).label()).isEqualTo("i");
        assertThat(result.items().get(3).response()).contains("We are moving to online forms.");
    }

    @Test
    void keepsAParentsOwnResponseBeforeItsFirstSubItem() {
        SplitResult result = splitPasted("1. Funding was refused.\n\nThe funding came with conditions we could not meet.\n\n"
                + "a) Trainers lost income.\n\nWe are sorry for the impact on trainers.");

        assertThat(result.items().get(0).response()).contains("The funding came with conditions we could not meet.");
        assertThat(result.items().get(1).path()).isEqualTo("1/a");
        assertThat(result.items().get(1).response()).contains("We are sorry for the impact on trainers.");
    }

    @Test
    void readsQuestionLabelsOfEveryCommonForm() {
        SplitResult result = splitPasted("Q1: Why was funding refused?\n\nIt came with conditions.\n\n"
                + "Question 2 - Who decided?\n\nA panel of three.\n\n(3) When will you review it?\n\nIn the autumn.");

        assertThat(result.items()).extracting(SplitItem::label).containsExactly("1", "2", "3");
        assertThat(result.items()).extracting(SplitItem::concern)
                .containsExactly("Why was funding refused?", "Who decided?", "When will you review it?");
    }
}
