package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.app.Services;
import org.casebook.report.PackFixtureCase;
import org.casebook.report.PdfReadback;
import org.casebook.report.model.RedactedName;
import org.casebook.service.CaseHandle;
import org.casebook.service.PackSettingsService.PackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandRedactionTest {

    @TempDir
    Path temp;

    @Test
    void redactsTheNamesFoundInTheLettersAndThenTheRolesTheCaseLists() throws IOException {
        PackFixtureCase fixture = PackFixtureCase.create(temp);
        Services services = fixture.services;
        Path caseRoot = fixture.database.root();
        fixture.database.close();
        Cli cli = new Cli(services.backend(), "1.0");
        Path found = temp.resolve("found.pdf");
        Path listed = temp.resolve("listed.pdf");

        CliRun unlisted = CliRun.of(cli, "pack", "--case", caseRoot.toString(), "--out", found.toString(), "--redact");
        try (CaseHandle database = services.caseService().open(caseRoot)) {
            services.packSettingsService().store(database, new PackSettings("The group",
                    List.of(new RedactedName("Tamar", "Convenor"), new RedactedName("Danielle", "Chair"))));
        }
        CliRun run = CliRun.of(cli, "pack", "--case", caseRoot.toString(), "--out", listed.toString(), "--redact");

        assertThat(unlisted.code()).as(unlisted.err()).isZero();
        assertThat(run.code()).as(run.err()).isZero();
        for (Path pdf : List.of(found, listed)) {
            assertThat(PdfReadback.of(Files.readAllBytes(pdf)).flatText()).as(pdf.toString())
                    .doesNotContainIgnoringCase("tamar").doesNotContainIgnoringCase("danielle");
        }
        assertThat(PdfReadback.of(Files.readAllBytes(listed)).flatText()).contains("Dear [Convenor]", "[Chair]");
    }
}
