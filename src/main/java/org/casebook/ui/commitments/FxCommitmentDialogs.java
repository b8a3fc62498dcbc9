package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;
import org.casebook.ui.common.LabelledForm;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/**
 * The commitment forms as JavaFX dialogs over the main window, styled like the app's other dialogs. OK stays
 * disabled while the form could not be stored: no words for the promise, or a date that cannot be read.
 */
public final class FxCommitmentDialogs implements CommitmentDialogs {

    private final Window owner;
    private final Messages messages;
    private final CommitmentText words;

    public FxCommitmentDialogs(Window owner, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new CommitmentText(messages);
    }

    @Override
    public Optional<Draft> edit(String title, Draft initial) {
        TextArea text = area("commitmentTextField", initial.text(), "");
        TextField ownerField = new TextField(initial.owner());
        ownerField.setId("commitmentOwnerField");
        ownerField.setPromptText(messages.get("commitments.form.owner.prompt"));
        DatePicker due = datePicker("commitmentDueField", initial.due());
        Button clear = new Button(messages.get("commitments.form.due.clear"));
        clear.setId("commitmentDueClear");
        clear.setAccessibleHelp(messages.get("commitments.form.due.clear.help"));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(event -> {
            due.setValue(null);
            due.getEditor().clear();
        });
        HBox dueRow = new HBox(due, clear);
        dueRow.getStyleClass().add(Styles.BUTTON_ROW);

        Dialog<Draft> dialog = dialog(title);
        GridPane form = form();
        row(form, 0, "commitments.form.text", text, text);
        row(form, 1, "commitments.form.owner", ownerField, ownerField);
        row(form, 2, "commitments.form.due", due, dueRow);
        ButtonType ok = buttons(dialog, form, Bindings.createBooleanBinding(() -> text.getText().isBlank(),
                text.textProperty()).or(unreadable(due)));
        tabLeaves(text, ownerField);
        dialog.setOnShown(event -> text.requestFocus());
        dialog.setResultConverter(button -> button == ok
                ? new Draft(text.getText().strip(), ownerField.getText().strip(), typed(due)) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<StatusDraft> changeStatus(String title, Commitment commitment, LocalDate today) {
        Label promise = new Label(commitment.text());
        promise.setWrapText(true);
        promise.setMinHeight(Region.USE_PREF_SIZE);
        ComboBox<CommitmentStatus> status = new ComboBox<>(FXCollections.observableArrayList(CommitmentStatus.TRACKED));
        status.setId("statusChoice");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommitmentStatus value) {
                return value == null ? "" : words.statusWithSign(value);
            }

            @Override
            public CommitmentStatus fromString(String text) {
                return null;
            }
        });
        status.setValue(commitment.status());
        DatePicker date = datePicker("statusDateField", Optional.of(today));
        TextArea evidence = area("statusEvidenceField", "", messages.get("commitments.form.evidence.prompt"));

        Dialog<StatusDraft> dialog = dialog(title);
        GridPane form = form();
        row(form, 0, "commitments.form.commitment", promise, promise);
        row(form, 1, "commitments.form.status", status, status);
        row(form, 2, "commitments.form.date", date, date);
        row(form, 3, "commitments.form.evidence", evidence, evidence);
        ButtonType ok = buttons(dialog, form, Bindings.createBooleanBinding(
                () -> CommitmentText.parse(date.getEditor().getText()).isEmpty(), date.getEditor().textProperty()));
        tabLeaves(evidence, dialog.getDialogPane().lookupButton(ok));
        dialog.setOnShown(event -> status.requestFocus());
        dialog.setResultConverter(button -> button == ok
                ? new StatusDraft(status.getValue(), typed(date).orElse(today), evidence.getText().strip()) : null);
        return dialog.showAndWait();
    }

    private TextArea area(String id, String initial, String prompt) {
        TextArea area = new TextArea(initial);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPrefColumnCount(36);
        area.setPromptText(prompt);
        return area;
    }

    private static DatePicker datePicker(String id, Optional<LocalDate> initial) {
        DatePicker picker = new DatePicker(initial.orElse(null));
        picker.setId(id);
        picker.setConverter(CommitmentText.DATES);
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** A date typed but not yet committed by Enter counts too: members often type and press OK. */
    private static Optional<LocalDate> typed(DatePicker picker) {
        return CommitmentText.parse(picker.getEditor().getText());
    }

    private static BooleanBinding unreadable(DatePicker picker) {
        return Bindings.createBooleanBinding(() -> {
            String text = picker.getEditor().getText();
            return text != null && !text.isBlank() && CommitmentText.parse(text).isEmpty();
        }, picker.getEditor().textProperty());
    }

    /** Tab in a text area moves on, as everywhere else in a form, instead of typing a tab character. */
    private static void tabLeaves(TextArea area, Node next) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown()) {
                event.consume();
                next.requestFocus();
            }
        });
    }

    private static GridPane form() {
        return LabelledForm.grid();
    }

    private void row(GridPane form, int index, String labelKey, Control field, Node shown) {
        LabelledForm.row(form, index, messages.get(labelKey), field, shown);
    }

    private ButtonType buttons(Dialog<?> dialog, GridPane form, BooleanBinding refuse) {
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(List.of(ok,
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE)));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(refuse);
        return ok;
    }

    /** Same owner, theme, stylesheet and font size as the main window, like the app's other dialogs. */
    private <T> Dialog<T> dialog(String title) {
        return org.casebook.ui.common.OwnedDialogs.create(owner, title);
    }
}
