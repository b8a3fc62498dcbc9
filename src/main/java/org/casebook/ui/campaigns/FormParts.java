package org.casebook.ui.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.LabelledForm;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/** The pieces the campaign forms share: a dialog like the app's others, labelled rows, dates, and a calm refusal. */
final class FormParts {

    private final Window owner;
    private final Messages messages;

    FormParts(Window owner, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    Messages messages() {
        return messages;
    }

    /** Same owner, theme, stylesheet and font size as the main window. */
    <T> Dialog<T> dialog(String title) {
        Dialog<T> dialog = org.casebook.ui.common.OwnedDialogs.create(owner, title);
        dialog.getDialogPane().getStyleClass().add(Styles.CAMPAIGN_FORM);
        return dialog;
    }

    GridPane form() {
        return LabelledForm.grid();
    }

    /** A labelled row; the label names the field for screen readers too. */
    void row(GridPane form, int index, String labelKey, Control field, Node shown) {
        LabelledForm.row(form, index, messages.get(labelKey), field, shown);
    }

    static DatePicker datePicker(String id, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setConverter(CommitmentText.DATES);
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** The date as typed, also when not yet committed by Enter: members often type and press OK. */
    static Optional<LocalDate> typed(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text == null || text.isBlank() ? Optional.ofNullable(picker.getValue())
                : Optional.ofNullable(picker.getConverter().fromString(text));
    }

    /** A line for the case's refusal: hidden until there is one, then worded calmly, never only in colour. */
    Label refusal() {
        Label label = new Label();
        label.setId("refusalLabel");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.CAMPAIGN_REFUSAL);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }

    /** The OK button tries to store; a refusal stays in the form, which stays open, and nothing is stored. */
    ButtonType tryingButtons(Dialog<?> dialog, Node content, String okKey, String cancelKey, Label refusal,
                             Supplier<Optional<String>> attempt) {
        ButtonType ok = new ButtonType(messages.get(okKey), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(List.of(ok, new ButtonType(messages.get(cancelKey),
                ButtonData.CANCEL_CLOSE)));
        dialog.getDialogPane().setContent(content);
        Button button = (Button) dialog.getDialogPane().lookupButton(ok);
        button.addEventFilter(ActionEvent.ACTION, event -> attempt.get().ifPresent(why -> {
            event.consume();
            refusal.setText(messages.format("campaigns.refused", why));
            refusal.setVisible(true);
            refusal.setManaged(true);
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }));
        return ok;
    }
}
