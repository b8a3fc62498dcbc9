package org.casebook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The two-column form of Casebook's dialogs: labels at their natural width on the left, fields taking the rest.
 * Each label names its field for screen readers too.
 */
public final class LabelledForm {

    private LabelledForm() {
    }

    public static GridPane grid() {
        GridPane form = new GridPane();
        form.getStyleClass().addAll(Styles.DIALOG_CONTENT, Styles.COMMITMENT_FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        return form;
    }

    /** A labelled row: {@code shown} is the field or what holds it (a field with a button beside it, say). */
    public static void row(GridPane form, int index, String labelText, Control field, Node shown) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setAccessibleText(label.getText());
        form.addRow(index, label, shown);
    }
}
