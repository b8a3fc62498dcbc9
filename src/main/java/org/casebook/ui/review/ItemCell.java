package org.casebook.ui.review;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Styles;
import org.casebook.ui.review.ReviewViewModel.ItemRow;

/** An item in the review list: its path, then the first line of its concern and of its response (or a badge). */
final class ItemCell extends ListCell<ItemRow> {

    private final String noResponse;
    private final Label path = new Label();
    private final Label concern = new Label();
    private final Label response = new Label();
    private final HBox box;

    ItemCell(String noResponse) {
        this.noResponse = noResponse;
        path.getStyleClass().add(Styles.ITEM_PATH);
        path.setMinWidth(Label.USE_PREF_SIZE);
        concern.getStyleClass().add(Styles.ITEM_CONCERN);
        VBox texts = new VBox(concern, response);
        texts.getStyleClass().add(Styles.ITEM_TEXTS);
        HBox.setHgrow(texts, Priority.ALWAYS);
        // Without a small minimum the labels would widen the list instead of ending in an ellipsis.
        texts.setMinWidth(0);
        concern.setMinWidth(0);
        response.setMinWidth(0);
        box = new HBox(path, texts);
        box.getStyleClass().add(Styles.ITEM_CELL);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ItemRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        path.setText(row.path());
        concern.setText(row.concern());
        response.setText(row.response().orElse(noResponse));
        response.getStyleClass().setAll("label", row.response().isPresent() ? Styles.ITEM_RESPONSE : Styles.NO_RESPONSE);
        box.setStyle("-fx-padding: 0 0 0 " + (row.depth() * 1.25) + "em;");
        setAccessibleText(row.path() + ": " + row.concern() + " — " + row.response().orElse(noResponse));
        setGraphic(box);
    }
}
