package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.LineStyle;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.StyleRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OdtDocumentReaderTest {

    @TempDir
    static Path temp;

    private static List<SourceLine> lines;

    @BeforeAll
    static void readTheTestDocument() throws IOException {
        lines = new OdtDocumentReader().read(TestOdt.styled(temp.resolve("styled.odt"))).lines();
    }

    private static SourceLine line(String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in " + lines));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'Plain concern', ROMAN",
            "'Response italic through the parent', ITALIC",
            "'Response italic through an automatic', ITALIC",
            "'Roman then', MIXED",
            "'Italic with', MIXED",
            "'Reply to concerns', ROMAN"
    })
    void resolvesItalicFromAutomaticAndNamedStyles(String start, LineStyle expected) {
        assertThat(line(start).style()).isEqualTo(expected);
    }

    @Test
    void turnsSpansIntoStyleRuns() {
        SourceLine mixed = line("Roman then");
        assertThat(mixed.text()).isEqualTo("Roman then italic span then bold span.");
        assertThat(mixed.runs()).extracting(r -> mixed.text().substring(r.start(), r.end()), StyleRun::italic, StyleRun::bold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Roman then ", false, false),
                        org.assertj.core.groups.Tuple.tuple("italic span", true, false),
                        org.assertj.core.groups.Tuple.tuple(" then ", false, false),
                        org.assertj.core.groups.Tuple.tuple("bold span", false, true),
                        org.assertj.core.groups.Tuple.tuple(".", false, false));
    }

    @Test
    void readsListItemsInOrderWithTheirLabels() {
        assertThat(lines).extracting(SourceLine::text).containsSubsequence(
                "1. Funding was refused", "a) The course was dropped", "b) Trainers were  let go", "2. Work is undone");
    }

    @Test
    void takesFontSizesFromStylesAndTheDefaultStyle() {
        assertThat(line("Response italic through an automatic").fontSize()).isEqualTo(11f);
        assertThat(line("Plain concern").fontSize()).isEqualTo(12f);
    }

    @Test
    void refusesADamagedOdt() throws IOException {
        byte[] whole = Files.readAllBytes(FixtureLetter.file("letter.odt"));
        Path file = Files.write(temp.resolve("cut.odt"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> new OdtDocumentReader().read(file)).isInstanceOf(ImportException.class)
                .hasMessage("cut.odt: " + OdtDocumentReader.DAMAGED);
    }
}
