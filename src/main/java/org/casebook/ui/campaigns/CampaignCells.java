package org.casebook.ui.campaigns;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Styles;

/** How the campaigns screen draws its list and its requests' table. */
final class CampaignCells {

    private CampaignCells() {
    }

    /** A campaign: its title, and under it how many bodies were asked and how many are late. */
    static ListCell<CampaignRow> campaign() {
        return new ListCell<>() {
            private final Label title = new Label();
            private final Label counts = new Label();
            private final VBox box = new VBox(title, counts);

            {
                title.getStyleClass().add(Styles.CAMPAIGN_TITLE);
                title.setWrapText(true);
                title.setMinHeight(Region.USE_PREF_SIZE);
                counts.getStyleClass().add(Styles.MUTED);
                counts.setWrapText(true);
                counts.setMinHeight(Region.USE_PREF_SIZE);
                box.getStyleClass().add(Styles.CAMPAIGN_CELL);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(CampaignRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : box);
                if (row != null && !empty) {
                    title.setText(row.title());
                    counts.setText(row.counts());
                    setAccessibleText(row.title() + ", " + row.counts());
                }
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
