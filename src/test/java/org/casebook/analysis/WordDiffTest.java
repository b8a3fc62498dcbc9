package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.domain.DiffPart;
import org.casebook.domain.DiffPart.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void showsWordsKeptDroppedAndAddedInReadingOrder() {
        assertThat(WordDiff.parts("We will review the rates by March.", "We will change the rates by June."))
                .containsExactly(new DiffPart(Kind.SAME, "We will"), new DiffPart(Kind.REMOVED, "review"),
                        new DiffPart(Kind.ADDED, "change"), new DiffPart(Kind.SAME, "the rates by"),
                        new DiffPart(Kind.REMOVED, "March."), new DiffPart(Kind.ADDED, "June."));
    }

    @Test
    void ignoresCaseAndPunctuationAroundWordsButQuotesTheLaterWords() {
        assertThat(WordDiff.parts("we agree, progression is limited", "We agree progression is limited."))
                .containsExactly(new DiffPart(Kind.SAME, "we agree, progression is limited"));
        assertThat(WordDiff.similarity("we agree, progression is limited", "We agree progression is limited."))
                .isEqualTo(1.0);
    }

    @Test
    void similarityCountsTheWordsBothKeep() {
        assertThat(WordDiff.similarity("one two three four", "one two five six")).isEqualTo(0.5);
        assertThat(WordDiff.similarity("", "")).isEqualTo(1.0);
        assertThat(WordDiff.similarity("all new", "")).isZero();
    }

    @Test
    void anAnswerAddedToAnEmptyOneIsAllAdded() {
        assertThat(WordDiff.parts("", "We will act.")).containsExactly(new DiffPart(Kind.ADDED, "We will act."));
    }
}
