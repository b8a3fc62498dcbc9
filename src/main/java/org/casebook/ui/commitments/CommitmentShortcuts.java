package org.casebook.ui.commitments;

import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The commitments screen's keys, as one filter on its root. Chosen not to clash with the main menu's (Ctrl+N, O, W,
 * Q, I, Z, Y and Ctrl+Shift+digits). Typing in the find field keeps that field's own keys, Delete included.
 */
final class CommitmentShortcuts {

    private CommitmentShortcuts() {
    }

    static EventHandler<KeyEvent> of(CommitmentsViewModel viewModel, Runnable focusFind) {
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), viewModel::changeStatus,
                new KeyCodeCombination(KeyCode.F2), viewModel::edit,
                new KeyCodeCombination(KeyCode.DELETE), viewModel::delete,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::addByHand,
                new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), viewModel::goToItem,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), focusFind);
        return event -> {
            boolean typing = event.getTarget() instanceof TextInputControl;
            shortcuts.entrySet().stream()
                    .filter(e -> e.getKey().match(event))
                    .filter(e -> !typing || e.getKey() instanceof KeyCodeCombination k && k.getShortcut() == KeyCombination.ModifierValue.DOWN)
                    .findFirst()
                    .ifPresent(e -> {
                        event.consume();
                        e.getValue().run();
                    });
        };
    }
}
