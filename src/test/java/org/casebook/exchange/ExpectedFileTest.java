package org.casebook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.domain.Expected;
import org.casebook.domain.Expected.ExpectedCommitment;
import org.casebook.domain.Expected.ExpectedItem;
import org.casebook.importing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedFileTest {

    @TempDir
    Path temp;

    @Test
    void readsTheFixturesGroundTruthWithItemsNamedByPath() throws IOException {
        Expected expected = ExpectedFile.read(Fixtures.trustBoardReply("expected.json"));

        assertThat(expected.items()).hasSize(14);
        assertThat(expected.items()).filteredOn(i -> i.path().equals("1/c")).singleElement().satisfies(item -> {
            assertThat(item.themes()).containsExactly("pay-disparity");
            assertThat(item.responseTypes()).containsExactlyInAnyOrder("acknowledgement", "commitment");
        });
        assertThat(expected.items()).extracting(ExpectedItem::path).contains("1", "6", "6/b");
        assertThat(expected.items()).filteredOn(i -> i.path().equals("6")).singleElement()
                .satisfies(item -> assertThat(item.responseTypes()).isEmpty());
        assertThat(expected.commitments()).hasSize(5).contains(
                new ExpectedCommitment("closing", "as a Board we will seek assurance"));
    }

    @Test
    void refusesAFileWithoutItems() throws IOException {
        Path file = Files.writeString(temp.resolve("case.json"), "{\"schemaVersion\": 1}");

        assertThatThrownBy(() -> ExpectedFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("case.json").hasMessageContaining("items");
    }
}
