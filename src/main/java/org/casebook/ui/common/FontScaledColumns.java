package org.casebook.ui.common;

import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;

/**
 * Table column widths are pixels while the text grows with the font-size preference; this gives columns widths in
 * em of a font on the same screen, so headers and short values such as counts are not cut off at 150 %.
 */
public final class FontScaledColumns {

    /** A column's minimum width and, when given, its preferred width, in em. */
    public record Width(TableColumn<?, ?> column, double minEm, OptionalDouble prefEm) {

        /** Only a minimum: the preferred width stays as laid out. */
        public static Width min(TableColumn<?, ?> column, double minEm) {
            return new Width(column, minEm, OptionalDouble.empty());
        }

        public static Width of(TableColumn<?, ?> column, double minEm, double prefEm) {
            return new Width(column, minEm, OptionalDouble.of(prefEm));
        }
    }

    private FontScaledColumns() {
    }

    /** Keeps the widths in step with {@code font}. */
    public static void apply(ObservableValue<Font> font, List<Width> widths) {
        widths.forEach(w -> {
            w.column().minWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> w.minEm() * font.getValue().getSize(), font));
            // The preferred width is set, not bound: the table sets it too when the member drags a column's edge.
            w.prefEm().ifPresent(em -> {
                font.addListener((obs, old, now) -> w.column().setPrefWidth(em * now.getSize()));
                w.column().setPrefWidth(em * font.getValue().getSize());
            });
        });
    }
}
