package org.casebook.ui.review;

import java.util.Map;
import java.util.function.IntSupplier;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The review's keyboard shortcuts, as one filter on the review's root. Chosen not to clash with the main menu's
 * (Ctrl+N, O, W, Q, I). Undo and redo are the Edit menu's keys, which act on the review while one is open. Typing in
 * a field keeps that field's own shortcuts.
 */
final class ReviewShortcuts {

    private ReviewShortcuts() {
    }

    static EventHandler<KeyEvent> of(ReviewViewModel viewModel, IntSupplier caret) {
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.responseStartsAt(caret.getAsInt()),
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::markNoResponse,
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> viewModel.splitAt(caret.getAsInt()),
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), viewModel::mergeWithNext,
                new KeyCodeCombination(KeyCode.F2), viewModel::changeLabel,
                new KeyCodeCombination(KeyCode.F2, KeyCombination.SHIFT_DOWN), viewModel::changeParent);
        return event -> {
            if (event.getTarget() instanceof TextInputControl) {
                return;
            }
            shortcuts.entrySet().stream().filter(e -> e.getKey().match(event)).findFirst().ifPresent(e -> {
                event.consume();
                e.getValue().run();
            });
        };
    }
}
