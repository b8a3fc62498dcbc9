package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Whether an e-mail's body is only a cover note for an attached letter ("Please find attached our response…"):
 * short, and saying that the real content is attached. The phrases and word counts are data, in
 * {@code cover-note.properties}.
 */
final class CoverNote {

    private final List<String> phrases;
    private final int maxWords;
    private final int maxWordsWithFooter;

    private CoverNote(List<String> phrases, int maxWords, int maxWordsWithFooter) {
        this.phrases = List.copyOf(phrases);
        this.maxWords = maxWords;
        this.maxWordsWithFooter = maxWordsWithFooter;
    }

    static CoverNote standard() {
        Properties entries = new Properties();
        try (InputStream in = CoverNote.class.getResourceAsStream("cover-note.properties")) {
            if (in == null) {
                throw new IllegalStateException("cover-note.properties is missing from the build");
            }
            entries.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> phrases = Arrays.stream(entries.getProperty("phrases", "").split("\\|"))
                .map(CoverNote::normalise).filter(p -> !p.isEmpty()).toList();
        return new CoverNote(phrases, Integer.parseInt(entries.getProperty("max-words").strip()),
                Integer.parseInt(entries.getProperty("max-words-with-footer").strip()));
    }

    /** Whether this body text is a cover note: one of the phrases early on, and short. */
    boolean isCover(String body) {
        String[] words = normalise(body).split(" ");
        if (words.length > maxWordsWithFooter) {
            return false;
        }
        String opening = " " + String.join(" ", Arrays.copyOf(words, Math.min(words.length, maxWords))) + " ";
        return phrases.stream().anyMatch(phrase -> opening.contains(" " + phrase + " "));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}'\\-]+", " ").strip();
    }
}
