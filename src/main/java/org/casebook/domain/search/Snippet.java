package org.casebook.domain.search;

import java.util.List;
import java.util.Objects;
import org.casebook.domain.TextSpan;

/** A few lines of a hit's text around the words that matched, with where those words are in {@link #text}. */
public record Snippet(String text, List<TextSpan> marks) {

    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
        for (TextSpan mark : marks) {
            if (mark.end() > text.length()) {
                throw new IllegalArgumentException("A mark " + mark + " beyond the snippet's " + text.length() + " characters");
            }
        }
    }

    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    /** The words marked, in order. */
    public List<String> markedWords() {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
