package org.casebook.importing.split;

import java.util.List;
import java.util.Optional;

/**
 * Finds where, inside one paragraph, the concern as raised gives way to the answering body's voice. Each sentence
 * gets a {@link Voice} score; the boundary is the point that best separates concern-voiced sentences before from
 * answer-voiced ones after. Requiring the first answering sentence to open in that voice keeps a concern that
 * merely mentions "we" (the group) from being cut in two.
 */
final class SentenceBoundary {

    private static final int MIN_OPENING_SCORE = 2;

    private SentenceBoundary() {
    }

    /** Offset in {@code text} where the response starts, if the paragraph holds one. */
    static Optional<Integer> find(String text) {
        List<Voice.Span> sentences = Voice.sentences(text);
        if (sentences.size() < 2) {
            return Optional.empty();
        }
        int[] scores = new int[sentences.size()];
        int total = 0;
        for (int i = 0; i < scores.length; i++) {
            Voice.Span s = sentences.get(i);
            scores[i] = Voice.score(text.substring(s.start(), s.end()));
            total += scores[i];
        }
        // The first sentence is the concern as raised; the split can come after it at the earliest.
        int before = scores[0];
        int best = Integer.MIN_VALUE;
        int bestAt = -1;
        for (int k = 1; k < scores.length; k++) {
            int after = total - before;
            int separation = after - before;
            if (scores[k] >= MIN_OPENING_SCORE && after > 0 && separation > best) {
                best = separation;
                bestAt = k;
            }
            before += scores[k];
        }
        return bestAt < 0 ? Optional.empty() : Optional.of(sentences.get(bestAt).start());
    }
}
