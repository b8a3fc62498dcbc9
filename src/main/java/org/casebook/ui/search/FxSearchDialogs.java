package org.casebook.ui.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casebook.ui.common.LabelledForm;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.OwnedDialogs;

/** {@link SearchDialogs} as a JavaFX dialog over the window, styled like the app's other forms. */
public final class FxSearchDialogs implements SearchDialogs {

    private final Window owner;
    private final Messages messages;

    public FxSearchDialogs(Window owner, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<DateRange> askDates(DateRange current) {
        DatePicker from = new DatePicker(current.from().orElse(null));
        DatePicker to = new DatePicker(current.to().orElse(null));
        from.setId("searchFromDate");
        to.setId("searchToDate");
        GridPane form = LabelledForm.grid();
        LabelledForm.row(form, 0, messages.get("search.dates.from"), from, from);
        LabelledForm.row(form, 1, messages.get("search.dates.to"), to, to);
        Label message = new Label(messages.get("search.dates.message"));
        message.setWrapText(true);
        Dialog<DateRange> dialog = OwnedDialogs.create(owner, messages.get("search.dates.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(new VBox(12, message, form));
        ButtonType choose = new ButtonType(messages.get("search.dates.choose"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(choose, new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == choose
                ? new DateRange(value(from), value(to)) : null);
        return dialog.showAndWait();
    }

    /** What the picker holds, including a date typed but not yet confirmed with Enter. */
    private static Optional<LocalDate> value(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(picker.getConverter().fromString(typed));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.ofNullable(picker.getValue());
        }
    }
}
