package org.casebook.importing.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a letter splits: intro, items in document order (parents before their sub-items), closing,
 * a confidence from 0 to 1, warnings a member should look at in the review step, and the shape it was read as.
 */
public record SplitResult(String fullText, String intro, List<SplitItem> items, String closing, double confidence,
                          List<String> warnings, Shape shape) {
    public SplitResult {
        Objects.requireNonNull(fullText, "fullText");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(closing, "closing");
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** A split read as numbered concerns and responses, the shape most letters have. */
    public SplitResult(String fullText, String intro, List<SplitItem> items, String closing, double confidence,
                       List<String> warnings) {
        this(fullText, intro, items, closing, confidence, warnings, Shape.NUMBERED);
    }

    /** The same split, read as {@code other}. */
    public SplitResult withShape(Shape other) {
        return new SplitResult(fullText, intro, items, closing, confidence, warnings, other);
    }

    private static final Pattern SALUTATION = Pattern.compile("^(?:dear|to|hello|hi)\\b[^\\n.?!]{0,100}[,:]?$",
            Pattern.CASE_INSENSITIVE);

    /** The intro's first paragraph when it is a greeting such as "Dear Tamar and colleagues". */
    public Optional<String> salutation() {
        String first = intro.split("\\n\\n", 2)[0].strip();
        return SALUTATION.matcher(first).matches() ? Optional.of(first) : Optional.empty();
    }

    /** The intro without its salutation: what the writer says before the first item. */
    public String preamble() {
        return salutation().map(s -> intro.substring(intro.indexOf(s) + s.length()).strip()).orElse(intro);
    }
}
