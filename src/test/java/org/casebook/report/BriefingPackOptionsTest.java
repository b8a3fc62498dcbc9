package org.casebook.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.Stance;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** What the pack's options change, read back from packs of the fixture letter built with and without them. */
class BriefingPackOptionsTest extends PackFixtureTest {

    @Test
    void largePrintSetsTheBodyInABiggerFontOnMorePages() {
        PackOptions normal = PackOptions.standard("Briefing", PackFixtureCase.MEETING);
        PackDocument regular = build(PackScope.everything(), normal);
        PackDocument large = build(PackScope.everything(), normal.withLargePrint(true));

        PdfReadback regularPdf = PdfReadback.of(regular.pdf());
        PdfReadback largePdf = PdfReadback.of(large.pdf());
        assertThat(largePdf.bodyFontSize()).as("body size, large print against %s pt", regularPdf.bodyFontSize())
                .isGreaterThanOrEqualTo(regularPdf.bodyFontSize() + 3);
        assertThat(large.pages()).isGreaterThan(regular.pages()).isEqualTo(largePdf.pageCount());
        assertThat(large.items()).isEqualTo(regular.items()).isEqualTo(14);
    }

    @Test
    void notesArePrintedOnlyWhenAskedFor() {
        PackOptions options = PackOptions.standard("Briefing", PackFixtureCase.MEETING);
        String without = PdfReadback.of(build(PackScope.everything(), options).pdf()).flatText();
        String with = PdfReadback.of(build(PackScope.everything(), options.withNotes(true)).pdf()).flatText();

        PackFixtureCase.NOTES.values().forEach(note -> {
            assertThat(with).contains(note);
            assertThat(without).doesNotContain(note);
        });
    }

    @Test
    void aScopeOfOneStanceHoldsOnlyThoseItems() {
        PackDocument pack = build(PackScope.everything().withStances(Set.of(Stance.DISPUTE)),
                PackOptions.standard("Disputed", PackFixtureCase.MEETING));

        List<String> disputed = PackFixtureCase.ANNOTATIONS.entrySet().stream()
                .filter(e -> e.getValue().stance() == Stance.DISPUTE).map(Map.Entry::getKey).toList();
        assertThat(pack.items()).isEqualTo(disputed.size()).isEqualTo(4);
        String text = PdfReadback.of(pack.pdf()).flatText();
        disputed.forEach(path -> assertThat(BriefingPackFixtureTest.itemBlocks(text, path)).as(path).isNotEmpty());
        PackFixtureCase.ANNOTATIONS.keySet().stream().filter(path -> !disputed.contains(path)).forEach(path ->
                assertThat(BriefingPackFixtureTest.itemBlocks(text, path)).as(path).isEmpty());
    }

    private PackDocument build(PackScope scope, PackOptions options) {
        return pack(scope, options);
    }
}
