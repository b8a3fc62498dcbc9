package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.TextDocumentReader;

/** Checks every split must pass, and helpers to read the test texts. */
public final class SplitAssertions {

    private SplitAssertions() {
    }

    /** Every span names exactly the characters of its text in the full text. */
    static void spansPointAtTheirText(SplitResult result) {
        for (SplitItem item : result.items()) {
            assertThat(result.fullText().substring(item.concernSpan().start(), item.concernSpan().end()))
                    .as("concern span of %s", item.path()).isEqualTo(item.concern());
            assertThat(item.responseSpan().isPresent()).as("response span present for %s", item.path())
                    .isEqualTo(item.response().isPresent());
            item.responseSpan().ifPresent(span -> assertThat(result.fullText().substring(span.start(), span.end()))
                    .as("response span of %s", item.path()).isEqualTo(item.response().orElseThrow()));
        }
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    public static String resource(String name) {
        try (InputStream in = SplitAssertions.class.getResourceAsStream("/split/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SplitResult splitPasted(String text) {
        return new LetterSplitter().split(new TextDocumentReader().fromPastedText(text));
    }
}
