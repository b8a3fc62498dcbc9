package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casebook.importing.Fixtures;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.Envelope;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.reading.DocumentReader;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.reading.TextDocumentReader;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.CaseService;
import org.casebook.service.LetterImportService;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of a letter that came by e-mail says what it stored from the e-mail's attachments. */
class ImportCommandAttachmentsTest {

    @TempDir
    Path temp;

    /** Reads plain text as if it were an e-mail's body carrying the fixture's PDF, until the e-mail reader comes. */
    private static final class EmailLikeReader implements DocumentReader {
        private final TextDocumentReader text = new TextDocumentReader();

        @Override
        public String mediaType() {
            return text.mediaType();
        }

        @Override
        public SourceText read(Path file) {
            Path pdf = Fixtures.trustBoardReply("letter.pdf");
            try {
                return text.read(file).carriedBy(new Envelope("FOI Team", List.of("Tamar"), List.of(), "", Optional.empty(),
                        false), List.of(new Attachment("reply.pdf", Files.readAllBytes(pdf), DocumentReaders.standard().read(pdf))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void importPrintsALinePerAttachedLetterAndTheExportNamesTheEmailItCameWith() throws IOException {
        CaseService cases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())));
        LetterImportService imports = new LetterImportService(new DocumentReaders(List.of(new EmailLikeReader())),
                new LetterSplitter(), new MetadataFinder());
        Cli cli = new Cli(TestBackends.around(cases, imports, temp.resolve("home")), "9.8.7");
        cases.create(temp.resolve("replies")).close();
        Path txt = Files.copy(Fixtures.trustBoardReply("letter.txt"), temp.resolve("letter.txt"));
        String casePath = temp.resolve("replies.casebook").toString();

        CliRun run = CliRun.of(cli, "import", "--case", casePath, txt.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "letter.txt: 14 items, 13 responses, no suggestions, no warnings",
                "  attached: reply.pdf — 14 items");
        CliRun export = CliRun.of(cli, "export", "--case", casePath, "--format", "json");
        JsonNode letters = new ObjectMapper().readTree(export.out()).get("letters");
        assertThat(letters).hasSize(2);
        JsonNode email = letters.get(0).at("/source/fileName").asText().equals("letter.txt") ? letters.get(0) : letters.get(1);
        JsonNode reply = email == letters.get(0) ? letters.get(1) : letters.get(0);
        assertThat(email.get("attachedTo").isNull()).isTrue();
        assertThat(reply.get("attachedTo").asLong()).isEqualTo(email.get("id").asLong());
        assertThat(reply.at("/source/fileName").asText()).isEqualTo("reply.pdf");
    }
}
