package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.exchange.ExchangeFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrespondenceZipTest {

    @TempDir
    Path temp;

    @Test
    void listsTheThreadAndTheAttachmentsWithTheirSizesAndBytes() throws IOException {
        Path zip = zip("peer_support_workers_employed_by_band.zip",
                "correspondence.txt", "Dear Leeds Teaching Hospitals NHS Trust,\n£ spend…",
                "2_2_FOI 12345 response.pdf", "%PDF-1.7 pretend",
                "2_3_Peer support workers by band.xlsx", "PK pretend");

        List<CorrespondenceFile> files = CorrespondenceZip.read(zip);

        assertThat(files).extracting(CorrespondenceFile::name).containsExactly("correspondence.txt",
                "2_2_FOI 12345 response.pdf", "2_3_Peer support workers by band.xlsx");
        CorrespondenceFile thread = files.get(0);
        assertThat(new String(thread.bytes(), StandardCharsets.UTF_8)).endsWith("£ spend…");
        assertThat(thread.size()).isEqualTo(thread.bytes().length).isGreaterThan(40);
        assertThat(thread.message()).isEmpty();
        assertThat(files.get(1).message()).contains(2);
        assertThat(files.get(1).displayName()).isEqualTo("FOI 12345 response.pdf");
    }

    @Test
    void refusesAZipThatUnpacksBeyondTheLimitCountingTheBytesItself() throws IOException {
        Path zip = zip("big.zip", "a.txt", "x".repeat(600), "b.txt", "y".repeat(600));

        assertThatThrownBy(() -> CorrespondenceZip.read(zip, new CorrespondenceZip.Limits(1000, 10)))
                .isInstanceOf(ExchangeFormatException.class)
                .hasMessage("big.zip unpacks to more than 1000 bytes (at \"b.txt\"); it may be a zip bomb and was not opened.");
    }

    @Test
    void refusesAZipWithMoreEntriesThanTheLimit() throws IOException {
        Path zip = zip("many.zip", "1.txt", "a", "2.txt", "b", "3.txt", "c");

        assertThatThrownBy(() -> CorrespondenceZip.read(zip, new CorrespondenceZip.Limits(1000, 2)))
                .isInstanceOf(ExchangeFormatException.class).hasMessageStartingWith("many.zip has 3 entries, more than the 2");
    }

    @Test
    void refusesNamesThatWouldBeWrittenOutsideTheFolder() throws IOException {
        for (String name : List.of("../evil.txt", "attachments/../../evil.txt", "..\\evil.txt", "/etc/evil", "C:\\evil")) {
            Path zip = zip("climb.zip", "correspondence.txt", "fine", name, "bad");

            assertThatThrownBy(() -> CorrespondenceZip.read(zip)).isInstanceOf(ExchangeFormatException.class)
                    .hasMessageContaining("holds a file named \"" + name + "\"");
        }
    }

    @Test
    void refusesAFileThatIsNotAZip() throws IOException {
        Path notZip = Files.writeString(temp.resolve("request.zip"), "<html>Please log in</html>");

        assertThatThrownBy(() -> CorrespondenceZip.read(notZip)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageStartingWith("request.zip is not a zip file that can be read");
    }

    @Test
    void keepsItsBytesToItself() {
        byte[] original = {1, 2, 3};
        CorrespondenceFile file = new CorrespondenceFile("1_2_a.bin", 3, original);
        original[0] = 9;
        file.bytes()[1] = 9;

        assertThat(file.bytes()).containsExactly(1, 2, 3);
        assertThat(file).isEqualTo(new CorrespondenceFile("1_2_a.bin", 3, new byte[] {1, 2, 3}));
        assertThat(file.displayName()).isEqualTo("a.bin");
    }

    private Path zip(String zipName, String... namesAndTexts) throws IOException {
        Path zip = temp.resolve(zipName);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndTexts[i]));
                out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
