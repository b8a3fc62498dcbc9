package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookState;
import org.casebook.domain.Theme;
import org.casebook.report.PackFixtureCase;
import org.casebook.report.PackFixtureTest;
import org.casebook.report.PackOptions;
import org.casebook.report.PdfReadback;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.Test;

/**
 * A redacted pack hides the names a letter's greeting and sign-off give even when the member has listed none: the
 * fixture letter opens "Dear Tamar and colleagues" and is signed "Danielle", and neither name is in the case's
 * pack settings.
 */
class PackServiceRedactionTest extends PackFixtureTest {

    private static final List<String> NAMES = List.of("Tamar", "Danielle");
    /** Names the people in the title too, which goes into the file's metadata. */
    private static final String TITLE = "Briefing on the reply Danielle sent to Tamar";

    @Test
    void aRedactedPackHidesTheNamesFoundInTheGreetingAndSignOffThoughNoneAreListed() {
        assertThat(fixture.services.packSettingsService().settings(fixture.database).names()).isEmpty();

        PdfReadback redacted = PdfReadback.of(build(true));

        assertThat(redacted.objectViewCount()).as("objects read from the file").isGreaterThan(100);
        assertThat(redacted.flatText()).contains("Dear [Addressee]");
        assertThat(redacted.info().get("Title")).startsWith("Briefing on the reply [");
        for (String name : NAMES) {
            assertThat(redacted.anyObjectContains(name)).as("%s in some object's bytes", name).isFalse();
            assertThat(redacted.flatText()).doesNotContainIgnoringCase(name);
        }
    }

    @Test
    void withoutRedactionTheSameNamesArePrinted() {
        PdfReadback plain = PdfReadback.of(build(false));

        assertThat(plain.flatText()).contains("Dear Tamar", "Danielle");
        // Page text is stored as glyph ids, but the title is in the metadata as text: the file-wide search can fail.
        NAMES.forEach(name -> assertThat(plain.anyObjectContains(name)).as(name).isTrue());
    }

    @Test
    void aThemeNamedAfterAPersonIsHiddenInTheTextTheBookmarksAndTheFile() {
        CodebookService codebook = fixture.services.codebookService();
        CodebookState state = codebook.state(fixture.database);
        Theme funding = state.codebook().theme("funding-refusal").orElseThrow();
        codebook.store(fixture.database, CodebookEdits.updateTheme(state, new Theme(funding.id(),
                "Promises Danielle made", funding.description(), funding.colour(), funding.parentId())));

        PdfReadback plain = PdfReadback.of(build(false));
        PdfReadback redacted = PdfReadback.of(build(true));

        assertThat(plain.bookmarks()).extracting(PdfReadback.Bookmark::title).contains("Promises Danielle made");
        assertThat(redacted.bookmarks()).extracting(PdfReadback.Bookmark::title).contains("Promises [Chair] made");
        assertThat(redacted.anyObjectContains("Danielle")).isFalse();
    }

    private byte[] build(boolean redact) {
        PackOptions options = PackOptions.standard(TITLE, PackFixtureCase.MEETING).withRedaction(redact);
        return pack(PackScope.everything(), options).pdf();
    }
}
