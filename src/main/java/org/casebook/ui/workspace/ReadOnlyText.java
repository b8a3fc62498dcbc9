package org.casebook.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * A concern's or response's text: read-only, wrapped, as tall as its text, and selectable, so words of a response can
 * be picked out as a commitment.
 */
final class ReadOnlyText {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final BooleanBinding hasSelection;

    ReadOnlyText(String id) {
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setAutoHeight(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("cb-detail-text");
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        hasSelection = Bindings.createBooleanBinding(() -> !area.getSelectedText().isBlank(), area.selectedTextProperty());
    }

    Node node() {
        return area;
    }

    void show(String text) {
        if (!area.getText().equals(text)) {
            area.replaceText(text);
            area.moveTo(0);
        }
        area.setAccessibleText(text);
    }

    BooleanBinding hasSelection() {
        return hasSelection;
    }

    ObservableValue<String> selectedText() {
        return area.selectedTextProperty();
    }
}
