package org.casebook.analysis.model;

import java.util.List;
import java.util.Objects;

/**
 * How the split of one labelled document agrees with its labels.
 *
 * @param found    expected pairs that an item of the split gives
 * @param expected pairs the labels hold
 * @param misses   one line for each expected pair not found, saying what the split gave instead
 */
public record DocumentScore(String file, int shape, int found, int expected, List<String> misses) {
    public DocumentScore {
        Objects.requireNonNull(file, "file");
        misses = List.copyOf(misses);
    }
}
