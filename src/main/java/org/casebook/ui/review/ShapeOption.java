package org.casebook.ui.review;

import java.util.Objects;
import org.casebook.importing.model.Shape;

/** A document shape as the "Recognised as" choice lists it, under its name in the member's words. */
public record ShapeOption(Shape shape, String name) {

    public ShapeOption {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
