package org.casebook.ui.codebook;

import javafx.event.EventHandler;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys on the theme tree and the response-type list, so the codebook can be kept without the mouse: Insert adds
 * (Shift+Insert a sub-theme), Delete deletes (after asking), F2 goes to the name to rename.
 */
final class CodebookKeys {

    private CodebookKeys() {
    }

    static EventHandler<KeyEvent> themes(CodebookView view, TextField name) {
        return e -> {
            boolean handled = true;
            if (e.getCode() == KeyCode.INSERT && e.isShiftDown()) {
                view.addSubTheme();
            } else if (e.getCode() == KeyCode.INSERT) {
                view.addTheme();
            } else if (e.getCode() == KeyCode.DELETE) {
                view.deleteTheme();
            } else {
                handled = rename(e, name);
            }
            if (handled) {
                e.consume();
            }
        };
    }

    static EventHandler<KeyEvent> types(CodebookView view, TextField name) {
        return e -> {
            boolean handled = true;
            if (e.getCode() == KeyCode.INSERT) {
                view.addType();
            } else if (e.getCode() == KeyCode.DELETE) {
                view.deleteType();
            } else {
                handled = rename(e, name);
            }
            if (handled) {
                e.consume();
            }
        };
    }

    private static boolean rename(KeyEvent e, TextField name) {
        if (e.getCode() != KeyCode.F2 || name.isDisabled()) {
            return false;
        }
        CodebookView.editName(true, name);
        return true;
    }
}
