package org.casebook.ui.workspace;

import java.util.List;
import java.util.Locale;
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

    /**
     * Marks every whole-word occurrence of {@code words} (any case), as a search result opened here found them; no
     * words takes the marks away.
     */
    void mark(List<String> words) {
        area.clearStyle(0, area.getLength());
        String text = area.getText().toLowerCase(Locale.ROOT);
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.isBlank()) {
                continue;
            }
            for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + lower.length())) {
                int end = at + lower.length();
                if (isWordEdge(text, at - 1) && isWordEdge(text, end)) {
                    area.setStyleClass(at, end, org.casebook.ui.common.Styles.SEARCH_MARK);
                }
            }
        }
    }

    private static boolean isWordEdge(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    BooleanBinding hasSelection() {
        return hasSelection;
    }

    ObservableValue<String> selectedText() {
        return area.selectedTextProperty();
    }
}
