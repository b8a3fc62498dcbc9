package org.casebook.ui.codebook;

import java.util.List;
import org.casebook.domain.CodebookPhrases;

/**
 * A code's phrases as the forms show them: one a line. The text is only what the member typed; what counts is the
 * cleaned list, so blank lines, stray spaces and repeats never make an edit of their own.
 */
final class PhraseLines {

    private PhraseLines() {
    }

    static String text(List<String> phrases) {
        return String.join("\n", phrases);
    }

    static List<String> lines(String text) {
        return List.of(text.split("\\R"));
    }

    /** True when storing {@code text} would change the phrases stored. */
    static boolean differ(String text, List<String> stored) {
        return !CodebookPhrases.clean(lines(text)).equals(stored);
    }
}
