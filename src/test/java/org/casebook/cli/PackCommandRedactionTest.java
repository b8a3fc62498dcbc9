package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.app.Services;
import org.casebook.report.PackFixtureCase;
import org.casebook.report.PdfReadback;
import org.casebook.report.RedactedName;
import org.casebook.service.PackSettingsService.PackSettings;
import org.casebook.storage.CaseDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandRedactionTest {

    @TempDir
    Path temp;

    @Test
    void namesThePeopleToListWhenNoneAreAndRedactsThemOnceListed() throws IOException {
        PackFixtureCase fixture = PackFixtureCase.create(temp);
        Services services = fixture.services;
        Path caseRoot = fixture.database.folder().root();
        fixture.database.close();
        Cli cli = new Cli(services.caseService(), services.exportService(), services.importService(),
                services.sampleCaseService(), services.packService(), services.packSettingsService(), "1.0");
        Path out = temp.resolve("redacted.pdf");
        String[] args = {"pack", "--case", caseRoot.toString(), "--out", out.toString(), "--redact"};

        CliRun refused = CliRun.of(cli, args);
        try (CaseDatabase database = services.caseService().open(caseRoot)) {
            services.packSettingsService().store(database, new PackSettings("The group",
                    List.of(new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle", "Chair"))));
        }
        CliRun run = CliRun.of(cli, args);

        assertThat(refused.code()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("--redact: the case lists no names to hide", "Tamar", "Danielle");
        assertThat(run.code()).as(run.err()).isZero();
        String text = PdfReadback.of(Files.readAllBytes(out)).flatText();
        assertThat(text).contains("Dear [Addressee]", "[Chair]")
                .doesNotContainIgnoringCase("tamar").doesNotContainIgnoringCase("danielle");
    }
}
