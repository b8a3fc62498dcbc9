package org.casebook.ui.pack;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/** Sets up the screen's lists: check lists over the scope's choices, and the editable table of hidden names. */
final class PackControls {

    private PackControls() {
    }

    /** A list of ticks; Space ticks or unticks the chosen row, as a check box does. */
    static <T> void checkList(ListView<Choice<T>> list, ChoiceList<T> choices, Messages messages) {
        list.setItems(choices.choices());
        list.setCellFactory(view -> {
            CheckBoxListCell<Choice<T>> cell = new CheckBoxListCell<>(choice -> choices.ticked(choice.value()));
            // A long letter title ends in "…" within the list's width, and shows whole on hover, instead of
            // making the list scroll sideways.
            cell.setPrefWidth(0);
            cell.itemProperty().addListener((obs, old, choice) ->
                    cell.setTooltip(choice == null ? null : new Tooltip(choice.label())));
            return cell;
        });
        list.getStyleClass().add(Styles.PACK_CHECKS);
        list.setPlaceholder(muted(messages.get("pack.scope.none")));
        list.setOnKeyPressed(event -> {
            Choice<T> chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && chosen != null) {
                choices.choose(chosen.value(), !choices.ticked(chosen.value()).get());
                event.consume();
            }
        });
    }

    /** Names and roles edited in place; a change goes to the view model, which stores it or explains why not. */
    static void namesTable(TableView<NameRow> table, TableColumn<NameRow, String> name,
                           TableColumn<NameRow, String> role, HiddenNames names, Messages messages) {
        table.setItems(names.names());
        table.setEditable(true);
        table.setPlaceholder(muted(messages.get("pack.names.empty")));
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        role.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().role()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        role.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(edit -> names.change(edit.getTablePosition().getRow(), edit.getNewValue(),
                edit.getRowValue().role()));
        role.setOnEditCommit(edit -> names.change(edit.getTablePosition().getRow(), edit.getRowValue().name(),
                edit.getNewValue()));
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
