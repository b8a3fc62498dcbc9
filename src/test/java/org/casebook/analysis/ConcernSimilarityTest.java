package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.analysis.ConcernSimilarity.Concern;
import org.casebook.domain.LinkSuggestion;
import org.junit.jupiter.api.Test;

class ConcernSimilarityTest {

    private static final List<Concern> CONCERNS = List.of(
            new Concern(1, 10, "Practitioners are paid £20 a day in shopping vouchers for co-delivering training."),
            new Concern(2, 10, "There is no career pathway for practitioners beyond band 4."),
            new Concern(3, 10, "Practitioners co-delivering training get vouchers, not pay."),
            new Concern(4, 20, "Practitioners who co-deliver training are still paid in shopping vouchers."),
            new Concern(5, 20, "Nobody measures stress and sickness absence among practitioners."));

    @Test
    void linksTheSameConcernRaisedInAnotherLetterAndNotTheOthers() {
        List<LinkSuggestion> pairs = ConcernSimilarity.pairs(CONCERNS, ConcernSimilarity.DEFAULT_THRESHOLD);

        assertThat(pairs).extracting(p -> List.of(p.itemA(), p.itemB()))
                .contains(List.of(1L, 4L), List.of(3L, 4L))
                .doesNotContain(List.of(2L, 5L), List.of(2L, 4L), List.of(1L, 5L));
        assertThat(pairs).allSatisfy(p -> assertThat(p.score()).isBetween(ConcernSimilarity.DEFAULT_THRESHOLD, 1.0));
        assertThat(pairs.get(0).score()).isGreaterThanOrEqualTo(pairs.get(pairs.size() - 1).score());
    }

    @Test
    void neverPairsConcernsOfOneLetter() {
        assertThat(ConcernSimilarity.pairs(CONCERNS, 0.0))
                .noneMatch(p -> p.itemA() == 1 && p.itemB() == 3)
                .noneMatch(p -> p.itemA() == 4 && p.itemB() == 5);
    }

    @Test
    void theSameWordsScoreOneAndAHigherThresholdSuggestsFewer() {
        List<Concern> twins = List.of(new Concern(1, 10, "No reflective supervision."),
                new Concern(2, 20, "No reflective supervision."));
        assertThat(ConcernSimilarity.pairs(twins, 0.99)).singleElement()
                .satisfies(p -> assertThat(p.score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(ConcernSimilarity.pairs(CONCERNS, 0.9)).hasSizeLessThan(
                ConcernSimilarity.pairs(CONCERNS, 0.1).size());
    }

    @Test
    void functionWordsAloneDoNotMakeConcernsAlike() {
        List<Concern> unrelated = List.of(new Concern(1, 10, "There is no one in the room for the Forum."),
                new Concern(2, 20, "There is nowhere to park at the site."));
        assertThat(ConcernSimilarity.pairs(unrelated, 0.2)).isEmpty();
    }

    @Test
    void aConcernRaisedInEveryLetterTakesPartInItsFiveBestPairsOnly() {
        List<Concern> again = new java.util.ArrayList<>();
        for (int letter = 1; letter <= 12; letter++) {
            again.add(new Concern(letter, letter, "Practitioners are still paid in shopping vouchers for training, letter "
                    + "x".repeat(letter)));
        }

        List<LinkSuggestion> pairs = ConcernSimilarity.pairs(again, ConcernSimilarity.DEFAULT_THRESHOLD);

        java.util.Map<Long, Long> perConcern = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.itemA(), p.itemB()))
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
        assertThat(perConcern.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(ConcernSimilarity.PER_CONCERN));
        assertThat(perConcern).hasSize(12);
    }

    @Test
    void agreesWithComparingEveryPairWhereNoWordIsCommon() {
        java.util.Random random = new java.util.Random(7);
        // Made-up words, many of them, so that each concern has only a few close matches and no list is cut short.
        String[] words = new String[80];
        for (int w = 0; w < words.length; w++) {
            words[w] = "zq" + (char) ('a' + w / 26) + (char) ('a' + w % 26) + "x";
        }
        List<Concern> concerns = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            concerns.add(new Concern(i, i % 7, text.toString()));
        }

        List<LinkSuggestion> found = ConcernSimilarity.pairs(concerns, 0.5);

        assertThat(found).hasSizeGreaterThan(5);
        List<LinkSuggestion> reference = ConcernSimilarity.pairsComparingAll(concerns, 0.5);
        // The same pairs in the same order; scores equal but for the last bits, summed in another order.
        assertThat(found).extracting(p -> List.of(p.itemA(), p.itemB()))
                .containsExactlyElementsOf(reference.stream().map(p -> List.of(p.itemA(), p.itemB())).toList());
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.get(i).score()).isCloseTo(reference.get(i).score(), org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
