package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import org.casebook.domain.CommitmentStatus;
import org.casebook.ui.common.Styles;

/**
 * How the table shows a commitment. Overdue rows and each status carry a style class, and always a sign in their text
 * too (⚠, ✓, ✗), so nothing is told by colour alone.
 */
final class CommitmentCells {

    private static final Map<CommitmentStatus, String> STATUS_STYLES = Map.of(
            CommitmentStatus.OPEN, Styles.COMMITMENT_OPEN, CommitmentStatus.KEPT, Styles.COMMITMENT_KEPT,
            CommitmentStatus.BROKEN, Styles.COMMITMENT_BROKEN, CommitmentStatus.UNCLEAR, Styles.COMMITMENT_UNCLEAR);
    private static final List<String> ROW_STYLES = List.of(Styles.COMMITMENT_OVERDUE, Styles.COMMITMENT_OPEN,
            Styles.COMMITMENT_KEPT, Styles.COMMITMENT_BROKEN, Styles.COMMITMENT_UNCLEAR);

    private CommitmentCells() {
    }

    static void text(TableColumn<CommitmentRow, String> column, Function<CommitmentRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** The status column sorts open, kept, broken, unclear; the due column by date, undated last. */
    static void status(TableColumn<CommitmentRow, CommitmentRow> column) {
        shown(column, CommitmentRow::status, Comparator.comparing(row -> row.commitment().status()));
        column.getStyleClass().add(Styles.COMMITMENT_STATUS_CELL);
    }

    static void due(TableColumn<CommitmentRow, CommitmentRow> column) {
        Comparator<Optional<LocalDate>> byDate = Comparator.comparing(d -> d.orElse(LocalDate.MAX));
        shown(column, CommitmentRow::due, Comparator.comparing(row -> row.commitment().due(), byDate));
    }

    private static void shown(TableColumn<CommitmentRow, CommitmentRow> column, Function<CommitmentRow, String> text,
                              Comparator<CommitmentRow> order) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CommitmentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
    }

    /** Rows carry the style of their state and say everything about the commitment to a screen reader. */
    static TableRow<CommitmentRow> row(Function<CommitmentRow, String> spoken) {
        return new TableRow<>() {
            @Override
            protected void updateItem(CommitmentRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(ROW_STYLES);
                if (empty || row == null) {
                    setAccessibleText(null);
                    return;
                }
                // Suggested and rejected commitments are kept out of the register, so they have no style of their own.
                Optional.ofNullable(STATUS_STYLES.get(row.commitment().status())).ifPresent(getStyleClass()::add);
                if (row.overdue()) {
                    getStyleClass().add(Styles.COMMITMENT_OVERDUE);
                }
                setAccessibleText(spoken.apply(row));
            }
        };
    }
}
