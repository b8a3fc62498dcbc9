package org.casebook.domain;

import java.util.List;
import java.util.Objects;

/**
 * The codebook together with every tag that uses it: what a codebook edit changes, and what undoing one puts back.
 * Themes and response types are in their display order; {@code phrases} are what suggestions look for.
 */
public record CodebookState(Codebook codebook, List<ItemTag> themeTags, List<ItemTag> responseTypeTags,
                            CodebookPhrases phrases) {
    public CodebookState {
        Objects.requireNonNull(codebook, "codebook");
        themeTags = List.copyOf(themeTags);
        responseTypeTags = List.copyOf(responseTypeTags);
        Objects.requireNonNull(phrases, "phrases");
    }

    /** A codebook without phrases. */
    public CodebookState(Codebook codebook, List<ItemTag> themeTags, List<ItemTag> responseTypeTags) {
        this(codebook, themeTags, responseTypeTags, CodebookPhrases.NONE);
    }

    /** How many items carry the theme as a confirmed tag. */
    public long itemsTaggedWithTheme(String themeId) {
        return count(themeTags, themeId);
    }

    /** How many items carry the response type as a confirmed tag. */
    public long itemsTaggedWithResponseType(String responseTypeId) {
        return count(responseTypeTags, responseTypeId);
    }

    private static long count(List<ItemTag> tags, String codeId) {
        return tags.stream().filter(t -> t.codeId().equals(codeId) && t.state() == TagState.CONFIRMED).count();
    }
}
