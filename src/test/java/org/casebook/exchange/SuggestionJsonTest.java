package org.casebook.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.junit.jupiter.api.Test;

/** The export tells what Casebook suggested from what members accepted, and says why for each suggestion. */
class SuggestionJsonTest {

    private static final SuggestionEvidence PAY = new SuggestionEvidence("phrase \"£20 a day\"", "paid £20 a day");
    private static final SuggestionEvidence PROMISE = new SuggestionEvidence("promise \"we will\"", "We will");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void suggestedAndAcceptedCodesAreApartAndEachSuggestionCarriesItsEvidence() throws IOException {
        JsonNode item = export().at("/letters/0/items/0");

        assertThat(texts(item.get("themes"))).containsExactly("loss-of-paid-work");
        assertThat(texts(item.get("suggestedThemes"))).containsExactly("pay-disparity");
        assertThat(texts(item.get("responseTypes"))).isEmpty();
        assertThat(texts(item.get("suggestedResponseTypes"))).containsExactly("reassurance");
        JsonNode evidence = item.get("suggestionEvidence");
        assertThat(evidence).hasSize(3);
        assertThat(evidence.get(0).toString()).isEqualTo(
                "{\"kind\":\"theme\",\"code\":\"loss-of-paid-work\",\"rule\":\"phrase \\\"£20 a day\\\"\","
                        + "\"matched\":\"paid £20 a day\"}");
        assertThat(evidence.get(1).get("code").asText()).isEqualTo("pay-disparity");
        assertThat(evidence.get(2).get("kind").asText()).isEqualTo("responseType");
    }

    @Test
    void suggestedCommitmentsSaySoAcceptedOnesAreOpenAndRejectedOnesAreLeftOut() throws IOException {
        JsonNode commitments = export().at("/letters/0/commitments");

        assertThat(commitments).hasSize(3);
        assertThat(commitments.get(0).get("status").asText()).isEqualTo("suggested");
        assertThat(commitments.get(0).get("rule").asText()).isEqualTo("promise \"we will\"");
        assertThat(commitments.get(0).get("matched").asText()).isEqualTo("We will");
        assertThat(commitments.get(1).get("status").asText()).isEqualTo("open");
        assertThat(commitments.get(1).get("rule").asText()).isEqualTo("promise \"we will\"");
        assertThat(commitments.get(2).get("rule").isNull()).as("written down by a member").isTrue();
        assertThat(texts(commitments, "text")).doesNotContain("We will not say.");
    }

    private JsonNode export() throws IOException {
        Letter letter = new Letter(3, "Reply", Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), "Dear", "Yours", "Dear", Optional.empty());
        Item item = new Item(11, 3, Optional.empty(), "1", "1", 0, "We are paid £20 a day", Optional.of("We will look"),
                Optional.empty(), Optional.empty(), Stance.UNDECIDED, "");
        CaseSnapshot snapshot = new CaseSnapshot(DefaultCodebook.lxp(), List.of(), List.of(), List.of(letter),
                List.of(item),
                List.of(new ItemTag(11, "loss-of-paid-work", TagState.CONFIRMED, Optional.of(PAY)),
                        new ItemTag(11, "pay-disparity", TagState.SUGGESTED, Optional.of(PAY)),
                        new ItemTag(11, "accountability", TagState.REJECTED, Optional.of(PAY))),
                List.of(new ItemTag(11, "reassurance", TagState.SUGGESTED, Optional.of(PROMISE))),
                List.of(),
                List.of(commitment(20, "We will look.", CommitmentStatus.SUGGESTED, Optional.of(PROMISE)),
                        commitment(21, "We will meet.", CommitmentStatus.OPEN, Optional.of(PROMISE)),
                        commitment(22, "Review by June.", CommitmentStatus.OPEN, Optional.empty()),
                        commitment(23, "We will not say.", CommitmentStatus.REJECTED, Optional.of(PROMISE))),
                List.of());
        return mapper.readTree(new JsonCaseExporter("casebook test").writeToString("Case", snapshot));
    }

    private static Commitment commitment(long id, String text, CommitmentStatus status,
                                         Optional<SuggestionEvidence> evidence) {
        return new Commitment(id, 3, CommitmentSource.ITEM, Optional.of(11L), text, "", Optional.empty(), status,
                List.of(), evidence);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
