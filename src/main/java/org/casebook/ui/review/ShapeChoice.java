package org.casebook.ui.review;

import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;

/**
 * Keeps the review's "Recognised as" choice and the view model in step: the member's choice reads the letter again,
 * and an undo shows the shape it brings back without choosing it once more.
 */
final class ShapeChoice {

    private final ChoiceBox<ShapeOption> box;
    private final ReviewViewModel viewModel;
    private boolean syncing;

    private ShapeChoice(ChoiceBox<ShapeOption> box, ReviewViewModel viewModel) {
        this.box = box;
        this.viewModel = viewModel;
    }

    static void bind(ChoiceBox<ShapeOption> box, ReviewViewModel viewModel) {
        new ShapeChoice(box, viewModel).bind();
    }

    private void bind() {
        box.setItems(FXCollections.observableArrayList(viewModel.shapeOptions()));
        show();
        viewModel.shapeProperty().addListener((obs, old, shape) -> show());
        box.valueProperty().addListener((obs, old, option) -> {
            if (!syncing && option != null) {
                viewModel.reshape(option.shape());
            }
        });
    }

    private void show() {
        syncing = true;
        try {
            box.setValue(viewModel.shapeOption());
        } finally {
            syncing = false;
        }
    }
}
