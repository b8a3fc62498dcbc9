package org.casebook.ui.codebook;

import java.util.function.BinaryOperator;
import java.util.function.LongFunction;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.casebook.ui.codebook.ResponseTypeEditor.TypeRow;
import org.casebook.ui.codebook.ThemeEditor.ThemeNode;
import org.casebook.ui.common.Styles;

/** The cells of the theme tree and the response-type list: a name with how many items carry it. */
final class CodeCells {

    private CodeCells() {
    }

    /** A name, then the count in quieter text; the name gives way (with an ellipsis) before the count does. */
    private static final class Row {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        Row(Region... before) {
            name.getStyleClass().add(Styles.CODE_NAME);
            name.setMinWidth(0);
            count.getStyleClass().add(Styles.CODE_COUNT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.ALWAYS);
            box = new HBox(before);
            box.getChildren().addAll(name, count);
            box.getStyleClass().add(Styles.CODE_CELL);
        }

        HBox show(String text, String tagged) {
            name.setText(text);
            count.setText(tagged);
            return box;
        }
    }

    /** A theme: its colour as a swatch (with a border, so pale colours still show), its name and its count. */
    static final class ThemeCell extends TreeCell<ThemeNode> {
        private final Region swatch = new Region();
        private final Row row = new Row(swatch);
        private final LongFunction<String> describeCount;
        private final BinaryOperator<String> spoken;

        ThemeCell(LongFunction<String> describeCount, BinaryOperator<String> spoken) {
            this.describeCount = describeCount;
            this.spoken = spoken;
            swatch.getStyleClass().add(Styles.CODE_SWATCH);
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ThemeNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            String tagged = describeCount.apply(node.tagged());
            swatch.setStyle("-fx-background-color: " + node.theme().colour() + ";");
            setGraphic(row.show(node.theme().name(), tagged));
            setAccessibleText(spoken.apply(node.theme().name(), tagged));
        }
    }

    /** A response type with its count. */
    static final class TypeCell extends ListCell<TypeRow> {
        private final Row row = new Row();
        private final LongFunction<String> describeCount;
        private final BinaryOperator<String> spoken;

        TypeCell(LongFunction<String> describeCount, BinaryOperator<String> spoken) {
            this.describeCount = describeCount;
            this.spoken = spoken;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TypeRow type, boolean empty) {
            super.updateItem(type, empty);
            if (empty || type == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            String tagged = describeCount.apply(type.tagged());
            setGraphic(row.show(type.type().name(), tagged));
            setAccessibleText(spoken.apply(type.type().name(), tagged));
        }
    }
}
