package org.casebook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The pack's typeface, Liberation Sans (SIL Open Font License), embedded in every pack.
 *
 * <p>The font files carry OpenType substitution tables (GSUB). PDFBox 3 runs them for every string it measures and
 * writes, which made a 150-page pack take four seconds longer than laying it out; the pack needs no ligatures or
 * contextual forms, so each face is rewritten once per run without those tables (ADR 12).
 */
final class PackFonts {

    /** The four faces the pack's CSS uses. */
    enum Face {
        REGULAR("Regular", 400, false),
        BOLD("Bold", 700, false),
        ITALIC("Italic", 400, true),
        BOLD_ITALIC("BoldItalic", 700, true);

        final String file;
        final int weight;
        final boolean italic;

        Face(String file, int weight, boolean italic) {
            this.file = file;
            this.weight = weight;
            this.italic = italic;
        }
    }

    static final String FAMILY = "Liberation Sans";

    /** The tables a TrueType font needs to be drawn, measured and embedded; GSUB, GPOS and GDEF are left out. */
    private static final List<String> KEPT_TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "post",
            "cmap");

    private static final Map<Face, byte[]> FACES = new EnumMap<>(Face.class);

    private PackFonts() {
    }

    static synchronized byte[] bytes(Face face) {
        return FACES.computeIfAbsent(face, PackFonts::load);
    }

    private static byte[] load(Face face) {
        String resource = "/liberation/LiberationSans-" + face.file + ".ttf";
        try (InputStream in = PackFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The pack's font is missing from the program: " + resource);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try (font) {
                TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
                subsetter.addAll(codePoints(font.getUnicodeCmapLookup()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the pack's font " + resource, e);
        }
    }

    /** Every character of the Basic Multilingual Plane the font can draw. */
    private static Set<Integer> codePoints(CmapLookup cmap) {
        Set<Integer> points = new HashSet<>();
        for (int c = 0; c < 0x10000; c++) {
            if (cmap.getGlyphId(c) != 0) {
                points.add(c);
            }
        }
        return points;
    }
}
