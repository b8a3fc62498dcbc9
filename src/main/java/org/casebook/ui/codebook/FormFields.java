package org.casebook.ui.codebook;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/** Small habits the codebook forms share: when a field counts as committed, labels tied to fields, colours as text. */
final class FormFields {

    private FormFields() {
    }

    /** Runs {@code commit} when focus leaves the field: the member has moved on, so what they typed is meant. */
    static void commitOnLeave(Node field, Runnable commit) {
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    /**
     * Ties each label to the field after it, so its mnemonic focuses the field and screen readers read them together.
     * A label followed by another label (a help line) is not a field's label.
     */
    static void labelFields(List<Node> children) {
        for (int i = 0; i + 1 < children.size(); i++) {
            if (children.get(i) instanceof Label label && children.get(i + 1) instanceof Control field
                    && !(field instanceof Label)) {
                label.setLabelFor(field);
                label.setMnemonicParsing(true);
                field.setAccessibleText(withoutMnemonic(label.getText()));
            }
        }
    }

    /** Gives controls whose text carries a mnemonic ("_Delete…") the same text without it, for screen readers. */
    static void plainAccessibleText(Labeled... controls) {
        for (Labeled control : controls) {
            control.setAccessibleText(withoutMnemonic(control.getText()));
        }
    }

    private static String withoutMnemonic(String text) {
        return text.replaceFirst("_(?=.)", "");
    }

    /**
     * Tab leaves a description instead of typing a tab into it, as in every other field of the form; a description has
     * no use for tab characters, and keyboard users would otherwise be trapped.
     */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move focus on"; sending it keeps Shift for going back.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(), e.getCode(),
                        e.isShiftDown(), true, false, false));
            }
        });
    }

    /** A phrases field: shows and edits {@code phrases}, stored when focus leaves it; Tab leaves it as elsewhere. */
    static void phrases(TextArea area, StringProperty phrases, Runnable commit) {
        area.textProperty().bindBidirectional(phrases);
        commitOnLeave(area, commit);
        tabLeaves(area);
    }

    /** Colours as the {@code #rrggbb} text the codebook stores. */
    static StringConverter<Color> hexColours() {
        return new StringConverter<>() {
            @Override
            public String toString(Color colour) {
                Color c = colour == null ? Color.BLACK : colour;
                return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                        Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
            }

            @Override
            public Color fromString(String hex) {
                return Color.web(hex);
            }
        };
    }
}
