package org.casebook.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the suggester reads of one letter: its items' concerns and responses, and its intro and closing. */
public record LetterText(List<ItemText> items, String intro, String closing) {

    /** One item: {@code path} as in the case ("1/a"), the concern, and the response when there is one. */
    public record ItemText(long itemId, String path, String concern, Optional<String> response) {
        public ItemText {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(concern, "concern");
            Objects.requireNonNull(response, "response");
        }
    }

    public LetterText {
        items = List.copyOf(items);
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(closing, "closing");
    }
}
