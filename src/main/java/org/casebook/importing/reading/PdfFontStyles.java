package org.casebook.importing.reading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** Whether a glyph is italic or bold, judged from its font (cached per font) and from a slanted text matrix. */
final class PdfFontStyles {

    record GlyphStyle(boolean italic, boolean bold) {
    }

    private static final Pattern ITALIC_NAME = Pattern.compile("italic|oblique|slanted|kursiv", Pattern.CASE_INSENSITIVE);
    /** Short forms in PostScript names: "MinionPro-It", "Garamond-BoldIt", "Foo-ItMT". */
    private static final Pattern ITALIC_ABBREVIATION = Pattern.compile("(-|Bold|Semibold|Medium)It(MT)?$");
    private static final Pattern BOLD_NAME = Pattern.compile("bold|black|heavy|semibold|demi|-bd$|,bold", Pattern.CASE_INSENSITIVE);
    /** A shear of this much (tan of about 8°) means a roman face drawn slanted: a synthetic italic. */
    private static final float SYNTHETIC_SLANT = 0.14f;

    private final Map<PDFont, GlyphStyle> byFont = new HashMap<>();

    GlyphStyle of(TextPosition glyph) {
        GlyphStyle fontStyle = byFont.computeIfAbsent(glyph.getFont(), PdfFontStyles::fromFont);
        if (!fontStyle.italic() && isSlanted(glyph.getTextMatrix())) {
            return new GlyphStyle(true, fontStyle.bold());
        }
        return fontStyle;
    }

    private static GlyphStyle fromFont(PDFont font) {
        if (font == null) {
            return new GlyphStyle(false, false);
        }
        String name = baseName(font.getName());
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean italic = ITALIC_NAME.matcher(name).find() || ITALIC_ABBREVIATION.matcher(name).find();
        boolean bold = BOLD_NAME.matcher(name).find();
        if (descriptor != null) {
            italic |= descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 1f;
            bold |= descriptor.isForceBold() || descriptor.getFontWeight() >= 600;
            String family = descriptor.getFontFamily();
            if (family != null) {
                bold |= BOLD_NAME.matcher(family).find();
            }
        }
        return new GlyphStyle(italic, bold);
    }

    /** "ABCDEF+DejaVuSans-Oblique" → "DejaVuSans-Oblique". */
    static String baseName(String fontName) {
        if (fontName == null) {
            return "";
        }
        int plus = fontName.indexOf('+');
        return plus == 6 ? fontName.substring(plus + 1) : fontName;
    }

    private static boolean isSlanted(Matrix m) {
        float a = m.getValue(0, 0);
        float b = m.getValue(0, 1);
        float c = m.getValue(1, 0);
        float d = m.getValue(1, 1);
        // Only upright text: rotated text has a large b and would look slanted too.
        return d > 0 && a > 0 && Math.abs(b) < 0.01f * a && c / d > SYNTHETIC_SLANT;
    }
}
