package org.casebook.ui.campaigns;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Styles;

/** How the campaigns screen draws its list and its requests' table. */
final class CampaignCells {

    private CampaignCells() {
    }

    /**
     * A campaign: its title, and under it how many bodies were asked and how many are late. One line each, as the
     * welcome screen's recent cases, so the list measures them exactly; a title too long for the list ends in "…"
     * and shows whole in its tooltip and above the requests.
     */
    static ListCell<CampaignRow> campaign() {
        return new ListCell<>() {
            private final Label title = new Label();
            private final Label counts = new Label();
            private final VBox box = new VBox(title, counts);

            {
                title.getStyleClass().add(Styles.CAMPAIGN_TITLE);
                counts.getStyleClass().add(Styles.MUTED);
                title.setMinWidth(0);
                counts.setMinWidth(0);
                box.getStyleClass().add(Styles.CAMPAIGN_CELL);
                box.setMinWidth(0);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(CampaignRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                boolean shown = row != null && !empty;
                setGraphic(shown ? box : null);
                setTooltip(shown ? new Tooltip(row.title()) : null);
                setAccessibleText(shown ? row.title() + ", " + row.counts() : null);
                if (shown) {
                    title.setText(row.title());
                    counts.setText(row.counts());
                }
            }
        };
    }

    /** A cell whose words wrap onto more lines as the column narrows, instead of being cut. */
    static <S> TableCell<S, String> wrapping() {
        return new TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Cut only at a large text size on a small window; the whole name is a hover away.
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        };
    }

    static void text(TableColumn<RequestRow, String> column, Function<RequestRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A late request's row stands out by an accent bar and by its "n working days late", never by colour alone. */
    static TableRow<RequestRow> row(Function<RequestRow, String> spoken) {
        return new TableRow<>() {
            @Override
            protected void updateItem(RequestRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.REQUEST_OVERDUE);
                if (row != null && !empty) {
                    if (row.overdue()) {
                        getStyleClass().add(Styles.REQUEST_OVERDUE);
                    }
                    setAccessibleText(spoken.apply(row));
                } else {
                    setAccessibleText(null);
                }
            }
        };
    }
}
