package org.casebook.report;

import java.util.List;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.RedactedName;
import org.casebook.service.PackSettingsService.PackSettings;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redacted pack of the fixture letter ("Dear Tamar and colleagues", signed "Danielle") with both names listed in
 * the case's pack settings: the names must be gone from the whole file, not just from what a reader sees.
 */
class BriefingPackRedactionTest extends PackFixtureTest {

    private static final String GROUP = "Valley Lived Experience Group";

    @Test
    void aRedactedPackNamesNobodyAnywhereInTheFile() {
        PackOptions options = PackOptions.standard("Briefing for Tamar's group", PackFixtureCase.MEETING);
        fixture.services.packSettingsService().store(fixture.database, new PackSettings(GROUP,
                List.of(new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle", "Chair"))));

        PdfReadback plain = PdfReadback.of(build(options).pdf());
        PdfReadback redacted = PdfReadback.of(build(options.withRedaction(true)).pdf());

        // Without redaction the names are there: the checks below can fail.
        assertThat(plain.flatText()).contains("Dear Tamar", "Danielle");
        assertThat(PdfReadback.flat(plain.page(1))).contains(GROUP);
        assertThat(redacted.flatText()).contains("Dear [Addressee]", "[Chair]");
        assertThat(PdfReadback.flat(redacted.page(1))).contains(GROUP).contains("[Addressee]");
        assertThat(redacted.objectViewCount()).isGreaterThan(100);
        for (String name : List.of("Tamar", "Danielle")) {
            assertThat(redacted.flatText()).doesNotContainIgnoringCase(name);
            assertThat(redacted.bookmarks()).noneMatch(b -> b.title().toLowerCase().contains(name.toLowerCase()));
            assertThat(redacted.info().values()).noneMatch(v -> v.toLowerCase().contains(name.toLowerCase()));
            assertThat(redacted.xmp()).doesNotContainIgnoringCase(name);
            assertThat(redacted.anyObjectContains(name)).as("%s in some object's bytes", name).isFalse();
        }
        assertThat(plain.anyObjectContains("Tamar")).as("the title names Tamar in the plain pack's metadata").isTrue();
    }

    private PackDocument build(PackOptions options) {
        return pack(PackScope.everything(), options);
    }
}
