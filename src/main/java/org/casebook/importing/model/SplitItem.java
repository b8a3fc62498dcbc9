package org.casebook.importing.model;

import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.TextSpan;

/**
 * One concern → response pair found by the splitter. Spans point into {@link SourceText#fullText()}.
 *
 * @param label      e.g. {@code 1}, {@code a}, {@code ii}
 * @param path       labels from the top joined by '/', e.g. {@code 1/a}
 * @param parentPath the parent's path for sub-items
 */
public record SplitItem(
        String label,
        String path,
        Optional<String> parentPath,
        String concern,
        Optional<String> response,
        TextSpan concernSpan,
        Optional<TextSpan> responseSpan) {

    public SplitItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(parentPath, "parentPath");
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(concernSpan, "concernSpan");
        Objects.requireNonNull(responseSpan, "responseSpan");
    }
}
