package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDocumentReaderTest {

    /** Pound sign, curly quotes and an en dash: the characters that go wrong when a charset is guessed badly. */
    private static final String LETTER = "Dear Tamar,\n\nExperts by experience are paid \u00A320 a day \u2013 the \u2018flexible\u2019 "
            + "arrangement was described as \u201Cfreelance\u201D.\n\nYours sincerely\n";
    private static final String EXPECTED_SENTENCE = "Experts by experience are paid \u00A320 a day \u2013 the \u2018flexible\u2019 "
            + "arrangement was described as \u201Cfreelance\u201D.";

    private final TextDocumentReader reader = new TextDocumentReader();

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8 without BOM", new byte[0], StandardCharsets.UTF_8),
                Arguments.of("UTF-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of("UTF-16LE with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of("UTF-16LE without BOM", new byte[0], StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE without BOM", new byte[0], StandardCharsets.UTF_16BE),
                Arguments.of("Windows-1252", new byte[0], Charset.forName("windows-1252")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsPoundSignsAndCurlyQuotesInEveryCommonEncoding(String name, byte[] bom, Charset charset) throws IOException {
        byte[] body = LETTER.getBytes(charset);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = Files.write(dir.resolve("letter.txt"), bytes);

        SourceText text = reader.read(file);

        assertThat(text.lines()).extracting(SourceLine::text)
                .containsExactly("Dear Tamar,", EXPECTED_SENTENCE, "Yours sincerely");
        assertThat(text.fullText()).doesNotContain("\uFEFF").doesNotContain("\uFFFD");
    }

    @Test
    void windows1252BytesForPoundAndQuotesDecodeToTheRightCharacters() throws IOException {
        byte[] bytes = {'P', 'a', 'i', 'd', ' ', (byte) 0xA3, '2', '0', ' ', (byte) 0x93, 'f', 'r', 'e', 'e', (byte) 0x94, ' ',
            (byte) 0x91, 'a', (byte) 0x92, '.'};
        Path file = Files.write(dir.resolve("word-export.txt"), bytes);

        assertThat(reader.read(file).fullText()).isEqualTo("Paid \u00A320 \u201Cfree\u201D \u2018a\u2019.");
    }

    @Test
    void describesTheSourceAsPlainUnstyledText() throws IOException {
        SourceText text = reader.read(Files.writeString(dir.resolve("reply.txt"), LETTER));

        assertThat(text.fileName()).isEqualTo("reply.txt");
        assertThat(text.mediaType()).isEqualTo(reader.mediaType()).isEqualTo("text/plain");
        assertThat(text.styled()).isFalse();
        assertThat(text.lines()).allMatch(SourceLine::endsParagraph);
    }

    @Test
    void rejectsBinaryJunkAsNotText() throws IOException {
        byte[] junk = new byte[600];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) ((i * 37 + 11) % 256);
        }
        Path file = Files.write(dir.resolve("photo.txt"), junk);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("photo.txt").hasMessageContaining("does not look like text");
    }

    @Test
    void rejectsControlCharactersWithoutNulsAsNotText() throws IOException {
        byte[] bytes = "\u0001\u0002\u0003PK\u0004\u0005\u0006\u0007 zip \u000E\u000F\u0010\u0011".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("archive.txt"), bytes);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("does not look like text");
    }

    @Test
    void rejectsAnEmptyFileWithAPlainMessage() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void rejectsAFileOfOnlyBlankLinesAsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), "\n \n\t\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class).hasMessageContaining("empty");
    }

    @Test
    void reportsAMissingFileAsAnImportProblem() {
        Path missing = dir.resolve("not-there.txt");

        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(ImportException.class)
                .hasMessageContaining("not-there.txt").hasMessageContaining("could not be read");
    }

    @Test
    void pastedTextIsNamedAndSplitIntoParagraphs() {
        SourceText text = reader.fromPastedText("Dear Board\r\n\r\n1. First point.\r\nWe agree.\r\n");

        assertThat(text.fileName()).isEqualTo("pasted text");
        assertThat(text.lines()).extracting(SourceLine::text).containsExactly("Dear Board", "1. First point.", "We agree.");
    }

    @Test
    void pastedEmptyTextIsRejected() {
        assertThatThrownBy(() -> reader.fromPastedText("   ")).isInstanceOf(ImportException.class)
                .hasMessageContaining("pasted text");
    }
}
