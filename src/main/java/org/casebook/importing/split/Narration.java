package org.casebook.importing.split;

import java.util.List;
import java.util.Optional;

/**
 * Answers that minutes narrate rather than label: "… on the Staff Survey. - The Leader responded and undertook to
 * provide a written response", "Councillor Norman advised that …". The words are the minutes vocabulary's
 * ({@code minutes.response.narrative}), so a numbered item in minutes finds its answer as the turns reader does.
 */
final class Narration {

    private static final ShapeVocabulary MINUTES = ShapeVocabulary.of("minutes");
    private static final String DASHES = "-–—";

    private Narration() {
    }

    /** Where in the text, after its first sentence, a narrated answer starts, the dash before it left out. */
    static Optional<Integer> answerInside(String text) {
        List<Voice.Span> sentences = Voice.sentences(text);
        for (int k = 1; k < sentences.size(); k++) {
            int start = skipDash(text, sentences.get(k).start());
            if (opensAnswer(text.substring(start, sentences.get(k).end()))) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    /** Whether the text opens with a narrated answer: "The Chair replied …", "In response, …". */
    static boolean opensAnswer(String text) {
        String s = text.strip();
        return MINUTES.responseNarrative().filter(p -> p.matcher(s).lookingAt()).isPresent();
    }

    /** Where the question before a narrated answer ends: before the " - " that set the answer apart, if any. */
    static int beforeDash(String text, int from, int answerStart) {
        int i = answerStart;
        while (i > from && (DASHES.indexOf(text.charAt(i - 1)) >= 0 || Character.isWhitespace(text.charAt(i - 1)))) {
            i--;
        }
        return i;
    }

    private static int skipDash(String text, int from) {
        int i = from;
        while (i < text.length() && (DASHES.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i < text.length() ? i : from;
    }
}
