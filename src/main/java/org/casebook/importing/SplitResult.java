package org.casebook.importing;

import java.util.List;
import java.util.Objects;

/**
 * How a letter splits: intro, items in document order (parents before their sub-items), closing,
 * a confidence from 0 to 1 and warnings a member should look at in the review step.
 */
public record SplitResult(String fullText, String intro, List<SplitItem> items, String closing, double confidence,
                          List<String> warnings) {
    public SplitResult {
        Objects.requireNonNull(fullText, "fullText");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(closing, "closing");
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}
