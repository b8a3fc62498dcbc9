package org.casebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pack's faces as rewritten without the OpenType layout tables (ADR 12): still whole fonts, drawing the same. */
class PackFontsTest {

    @ParameterizedTest
    @EnumSource(PackFonts.Face.class)
    void eachFaceParsesWithoutTheLayoutTables(PackFonts.Face face) throws IOException {
        try (TrueTypeFont original = original(face);
             TrueTypeFont rewritten = parse(PackFonts.bytes(face))) {
            // The check below means something only if the original had the tables.
            assertThat(original.getTableMap()).containsKey("GSUB");
            assertThat(rewritten.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF")
                    .containsKeys("glyf", "cmap", "hmtx", "head", "name", "post", "OS/2");
            assertThat(rewritten.getNumberOfGlyphs()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(PackFonts.Face.class)
    void eachFaceDrawsEveryCharacterTheOriginalDrawsInTheBasicMultilingualPlane(PackFonts.Face face)
            throws IOException {
        try (TrueTypeFont original = original(face);
             TrueTypeFont rewritten = parse(PackFonts.bytes(face))) {
            CmapLookup before = original.getUnicodeCmapLookup();
            CmapLookup after = rewritten.getUnicodeCmapLookup();
            int mapped = 0;
            StringBuilder missing = new StringBuilder();
            for (int c = 0; c < 0x10000; c++) {
                if (before.getGlyphId(c) != 0) {
                    mapped++;
                    int glyph = after.getGlyphId(c);
                    int width = original.getAdvanceWidth(before.getGlyphId(c));
                    if (glyph == 0 || rewritten.getAdvanceWidth(glyph) != width) {
                        missing.append(String.format("U+%04X ", c));
                    }
                }
            }
            assertThat(mapped).as("characters the original face maps").isGreaterThan(2000);
            assertThat(missing.toString()).as("characters lost or resized in the rewritten face").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(PackFonts.Face.class)
    void eachFaceIsRewrittenOnceAndTheSameBytesAreGivenAgain(PackFonts.Face face) {
        byte[] first = PackFonts.bytes(face);

        assertThat(PackFonts.bytes(face)).isSameAs(first);
        assertThat(first.length).isPositive();
    }

    private static TrueTypeFont original(PackFonts.Face face) throws IOException {
        String resource = "/liberation/LiberationSans-" + face.file + ".ttf";
        try (InputStream in = PackFontsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return parse(in.readAllBytes());
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
