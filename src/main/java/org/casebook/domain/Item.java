package org.casebook.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One concern of a letter with the body's response to it. Sub-items (lettered {@code a}, {@code b}, …)
 * point at their parent; {@code path} joins the labels from the top, e.g. {@code 1/a}.
 * A heading item with sub-items may have no response of its own.
 */
public record Item(
        long id,
        long letterId,
        Optional<Long> parentId,
        String label,
        String path,
        int order,
        String concern,
        Optional<String> response,
        Optional<TextSpan> concernSpan,
        Optional<TextSpan> responseSpan,
        Stance stance,
        String stanceRationale) {

    public Item {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(concernSpan, "concernSpan");
        Objects.requireNonNull(responseSpan, "responseSpan");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(stanceRationale, "stanceRationale");
    }

    public boolean hasResponse() {
        return response.isPresent();
    }
}
