package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.reading.TestTables;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real FOI response set out as a question | response table (Gloucestershire Health and Care NHS FT, FOI
 * GHC-16122024-355965, https://foi.ghc.nhs.uk/responses/ghc-16122024-355965; see {@link TestTables}) splits row by
 * row whether it comes as Word, OpenDocument or PDF: each row's question is the concern and its response cell the
 * response, the unanswered last row has no response, and every span points at exactly that text.
 */
class TableDocumentsSplitTest {

    @TempDir
    static Path temp;

    interface Maker {
        Path make(Path file, List<TestTables.Row> rows) throws IOException;
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("Word", "response.docx", (Maker) TestTables::docx),
                Arguments.of("OpenDocument", "response.odt", (Maker) TestTables::odt),
                Arguments.of("PDF", "response.pdf", (Maker) TestTables::pdf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void splitsEachRowIntoItsQuestionAndResponse(String format, String name, Maker maker) throws IOException {
        SourceText text = DocumentReaders.standard().read(maker.make(temp.resolve(name), TestTables.PEER_SUPPORT));

        SplitResult result = new LetterSplitter().split(text);

        assertThat(result.shape()).isEqualTo(Shape.TABLE);
        assertThat(result.intro()).as("the header row is part of the intro").startsWith(TestTables.REFERENCE)
                .contains(TestTables.INTRO).endsWith(String.join("\t", TestTables.HEADER));
        List<TestTables.Row> rows = TestTables.PEER_SUPPORT;
        assertThat(result.items()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SplitItem item = result.items().get(i);
            TestTables.Row row = rows.get(i);
            assertThat(item.label()).as("label %d", i + 1).isEqualTo(String.valueOf(i + 1));
            assertThat(item.concern()).as("concern %d", i + 1).isEqualTo(row.question().substring(3));
            assertThat(spanned(result, item.concernSpan())).isEqualTo(item.concern());
            if (row.response().isEmpty()) {
                assertThat(item.response()).as("response %d", i + 1).isEmpty();
                assertThat(item.responseSpan()).isEmpty();
            } else {
                assertThat(item.response()).as("response %d", i + 1).hasValue(row.responseText());
                assertThat(item.responseSpan().map(span -> spanned(result, span))).hasValue(row.responseText());
            }
        }
    }

    private static String spanned(SplitResult result, TextSpan span) {
        return result.fullText().substring(span.start(), span.end());
    }
}
