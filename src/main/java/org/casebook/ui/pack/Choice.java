package org.casebook.ui.pack;

import java.util.Objects;

/** One thing a pack can be narrowed to (a letter, a theme, a stance, a thread), with the words a list shows for it. */
public record Choice<T>(T value, String label) {
    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    /** The label: check lists show an item's text. */
    @Override
    public String toString() {
        return label;
    }
}
