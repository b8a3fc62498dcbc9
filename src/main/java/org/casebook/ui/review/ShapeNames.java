package org.casebook.ui.review;

import org.casebook.importing.model.Shape;

/** The messages key of each document shape's name, as the review's "Recognised as" choice shows it. */
final class ShapeNames {

    private ShapeNames() {
    }

    static String key(Shape shape) {
        return switch (shape) {
            case NUMBERED -> "review.shape.numbered";
            case REQUEST_THEN_RESPONSE -> "review.shape.requestThenResponse";
            case RESTATED -> "review.shape.restated";
            case MINUTES -> "review.shape.minutes";
            case WRITTEN_QUESTIONS -> "review.shape.writtenQuestions";
            case TABLE -> "review.shape.table";
            case REQUEST -> "review.shape.request";
        };
    }
}
