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
}
