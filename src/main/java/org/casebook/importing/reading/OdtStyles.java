package org.casebook.importing.reading;

import java.util.Locale;
import java.util.Optional;
import org.odftoolkit.odfdom.dom.element.OdfStylableElement;
import org.odftoolkit.odfdom.dom.element.OdfStyleBase;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfStyleProperty;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;

/**
 * How OpenDocument text looks, through odfdom: {@link OdfStylableElement#getProperty} looks in the element's
 * automatic style, then its named style and that style's parent-style-name chain; the document's default paragraph
 * style answers last.
 */
final class OdtStyles {

    /** How a stretch of text looks. */
    record Look(boolean italic, boolean bold, float fontSize) {
    }

    private final Optional<OdfStyleBase> defaultParagraphStyle;

    OdtStyles(Optional<OdfOfficeStyles> documentStyles) {
        this.defaultParagraphStyle = documentStyles.map(s -> (OdfStyleBase) s.getDefaultStyle(OdfStyleFamily.Paragraph));
    }

    /** A paragraph's or heading's own look. */
    Look paragraph(OdfStylableElement paragraph) {
        return new Look(
                italic(property(paragraph, OdfTextProperties.FontStyle).or(() -> fromDefault(OdfTextProperties.FontStyle))).orElse(false),
                bold(property(paragraph, OdfTextProperties.FontWeight).or(() -> fromDefault(OdfTextProperties.FontWeight))).orElse(false),
                points(property(paragraph, OdfTextProperties.FontSize).or(() -> fromDefault(OdfTextProperties.FontSize))).orElse(0f));
    }

    /** A span's look: what its style sets, the rest from the text around it. */
    Look span(OdfStylableElement span, Look around) {
        if (span.getStyleName() == null || span.getStyleName().isEmpty()) {
            return around;
        }
        return new Look(
                italic(property(span, OdfTextProperties.FontStyle)).orElse(around.italic()),
                bold(property(span, OdfTextProperties.FontWeight)).orElse(around.bold()),
                points(property(span, OdfTextProperties.FontSize)).orElse(around.fontSize()));
    }

    /** The paragraph's left margin in points. */
    float indent(OdfStylableElement paragraph) {
        return points(property(paragraph, OdfParagraphProperties.MarginLeft)).orElse(0f);
    }

    private static Optional<String> property(OdfStylableElement element, OdfStyleProperty property) {
        return Optional.ofNullable(element.getProperty(property)).filter(v -> !v.isBlank());
    }

    private Optional<String> fromDefault(OdfStyleProperty property) {
        return defaultParagraphStyle.map(s -> s.getProperty(property)).filter(v -> !v.isBlank());
    }

    private static Optional<Boolean> italic(Optional<String> fontStyle) {
        return fontStyle.map(v -> v.equals("italic") || v.equals("oblique"));
    }

    private static Optional<Boolean> bold(Optional<String> fontWeight) {
        return fontWeight.map(v -> {
            if (v.equals("bold")) {
                return true;
            }
            try {
                return Integer.parseInt(v) >= 600;
            } catch (NumberFormatException e) {
                return false;
            }
        });
    }

    /** "11pt", "0.5in", "1.2cm", "4mm", "1pc", "16px" in points; percentages and unknown units give nothing. */
    static Optional<Float> points(Optional<String> length) {
        if (length.isEmpty()) {
            return Optional.empty();
        }
        String value = length.get().strip().toLowerCase(Locale.ROOT);
        float[] factors = {1f, 72f, 72f / 2.54f, 72f / 25.4f, 12f, 0.75f};
        String[] units = {"pt", "in", "cm", "mm", "pc", "px"};
        for (int i = 0; i < units.length; i++) {
            if (value.endsWith(units[i])) {
                try {
                    return Optional.of(Float.parseFloat(value.substring(0, value.length() - 2)) * factors[i]);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
