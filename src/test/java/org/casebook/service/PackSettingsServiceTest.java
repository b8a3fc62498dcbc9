package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.report.model.RedactedName;
import org.casebook.service.CaseHandle;
import org.casebook.service.PackSettingsService.PackSettings;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackSettingsServiceTest {

    @TempDir
    Path temp;

    private Services services;
    private PackSettingsService packSettings;
    private CaseHandle database;

    @BeforeEach
    void createCase() {
        services = TestServices.in(temp.resolve("home"));
        packSettings = services.packSettingsService();
        database = services.caseService().create(temp.resolve("case"));
    }

    @AfterEach
    void closeCase() {
        database.close();
    }

    @Test
    void aNewCaseHasNoGroupNameAndNoNames() {
        assertThat(packSettings.settings(database)).isEqualTo(new PackSettings("", List.of()));
    }

    @Test
    void readsBackWhatWasStoredInTheSameOrder() {
        PackSettings settings = new PackSettings("Lived Experience Forum", List.of(
                new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle Oum", "Chair"),
                new RedactedName("Ann Lee", "Trust officer")));

        packSettings.store(database, settings);

        assertThat(packSettings.settings(database)).isEqualTo(settings);
    }

    @Test
    void theCaseExportCarriesTheGroupNameAndTheHiddenNamesWithTheirRoles() throws IOException {
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        services.exportService().exportJson(database, before);
        packSettings.store(database, new PackSettings("Lived Experience Forum", List.of(
                new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle Oum", "Chair"))));
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        services.exportService().exportJson(database, after);

        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(before.toByteArray()).at("/pack").toString())
                .isEqualTo("{\"groupName\":\"\",\"hiddenNames\":[]}");
        JsonNode pack = mapper.readTree(after.toByteArray()).at("/pack");
        assertThat(pack.at("/groupName").asText()).isEqualTo("Lived Experience Forum");
        assertThat(pack.at("/hiddenNames").toString()).isEqualTo("[{\"name\":\"Tamar\",\"role\":\"Addressee\"},"
                + "{\"name\":\"Danielle Oum\",\"role\":\"Chair\"}]");
    }

    @Test
    void storingReplacesTheGroupNameAndTheWholeList() {
        packSettings.store(database, new PackSettings("Forum", List.of(
                new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle", "Chair"))));
        PackSettings next = new PackSettings("LXP Network", List.of(new RedactedName("Danielle", "Trust officer")));

        packSettings.store(database, next);
        assertThat(packSettings.settings(database)).isEqualTo(next);

        packSettings.store(database, new PackSettings("", List.of()));
        assertThat(packSettings.settings(database)).isEqualTo(new PackSettings("", List.of()));
    }

    @Test
    void aStoreThatFailsLeavesTheEarlierSettingsWhole() {
        PackSettings earlier = new PackSettings("Forum", List.of(new RedactedName("Tamar", "Addressee")));
        packSettings.store(database, earlier);

        PackSettings tooLong = new PackSettings("Another group", List.of(
                new RedactedName("Danielle", "Chair"), new RedactedName("N".repeat(501), "Chair")));
        assertThatThrownBy(() -> packSettings.store(database, tooLong)).isInstanceOf(CaseException.class);

        assertThat(packSettings.settings(database)).isEqualTo(earlier);
    }

    @Test
    void refusesANameListedTwiceInDifferentCasesAndKeepsTheEarlierSettings() {
        PackSettings earlier = new PackSettings("Forum", List.of(new RedactedName("Tamar", "Addressee")));
        packSettings.store(database, earlier);

        assertThatThrownBy(() -> packSettings.store(database, new PackSettings("Forum", List.of(
                new RedactedName("Danielle", "Chair"), new RedactedName("DANIELLE", "Trust officer")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DANIELLE");

        assertThat(packSettings.settings(database)).isEqualTo(earlier);
    }

    @Test
    void findsTheAddresseeAndTheChairWhoSignedTheRealLetter() throws IOException {
        importFixture("letter.txt");

        assertThat(packSettings.findNames(database)).containsExactly(
                new RedactedName("Tamar", "Addressee"), new RedactedName("Danielle", "Chair"));
    }

    @Test
    void findsEachNameOnceAcrossLettersThatRepeatIt() throws IOException {
        importFixture("letter.txt");
        importFixture("letter.docx");

        assertThat(packSettings.findNames(database)).extracting(RedactedName::name).containsExactly("Tamar", "Danielle");
    }

    @Test
    void leavesOutNamesTheListHoldsOrHidesAlready() throws IOException {
        importFixture("letter.txt");
        packSettings.store(database, new PackSettings("Forum", List.of(new RedactedName("TAMAR", "Group lead"))));
        assertThat(packSettings.findNames(database)).containsExactly(new RedactedName("Danielle", "Chair"));

        packSettings.store(database, new PackSettings("Forum", List.of(new RedactedName("Danielle Oum", "Chair"))));
        assertThat(packSettings.findNames(database)).containsExactly(new RedactedName("Tamar", "Addressee"));
    }

    @Test
    void findsNothingInACaseWithoutLetters() {
        assertThat(packSettings.findNames(database)).isEmpty();
    }

    @Test
    void findsTheSignatoriesOfTheSampleCaseWithTheRolesTheyGive() {
        try (CaseHandle sample = services.sampleCaseService().create(temp.resolve("sample"))) {
            assertThat(packSettings.findNames(sample)).containsExactly(
                    new RedactedName("Ruth Calloway", "Chair"), new RedactedName("Martin Asher", "Chief Executive"));
        }
    }

    private void importFixture(String name) throws IOException {
        Path copy = Files.copy(Fixtures.trustBoardReply(name),
                Files.createDirectories(temp.resolve("in-" + name)).resolve(name));
        LetterImportService imports = services.importService();
        ImportDraft draft = imports.prepare(copy, ProgressListener.NONE);
        imports.store(database, draft, draft.split(), new LetterDetails("Reply to the Board " + name,
                Optional.of(LocalDate.of(2021, 6, 20)), "Chair", "The group", Optional.of("Fictional Valley NHS Trust"),
                Optional.of("Trust Board"), Optional.of(LocalDate.of(2021, 5, 26))));
    }
}
