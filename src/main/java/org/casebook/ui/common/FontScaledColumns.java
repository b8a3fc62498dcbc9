package org.casebook.ui.common;

import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;

/**
 * Table column widths are pixels while the text grows with the font-size preference; this keeps each column's minimum
 * and preferred width in step with the font of a label on the same screen, so headers and short values such as
 * counts are not cut off at 150 %.
 */
public final class FontScaledColumns {

    /** The font size the widths are given for: the app's 100 %. */
    private static final double BASE_FONT_SIZE = 13;

    /** A column with its minimum and preferred width at 100 %. */
    public record Width(TableColumn<?, ?> column, double min, double pref) {
    }

    private FontScaledColumns() {
    }

    /** Applies the widths now and whenever the font of {@code fontSource} changes. */
    public static void apply(Labeled fontSource, List<Width> widths) {
        fontSource.fontProperty().addListener((obs, old, font) -> scale(widths, font.getSize() / BASE_FONT_SIZE));
        scale(widths, fontSource.getFont().getSize() / BASE_FONT_SIZE);
    }

    private static void scale(List<Width> widths, double factor) {
        widths.forEach(w -> {
            w.column().setMinWidth(w.min() * factor);
            w.column().setPrefWidth(w.pref() * factor);
        });
    }
}
