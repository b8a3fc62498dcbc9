package org.casebook.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Note;
import org.casebook.domain.SourceFile;
import org.casebook.domain.Stance;
import org.casebook.domain.StatusChange;
import org.casebook.domain.TagState;
import org.casebook.domain.TextSpan;
import org.junit.jupiter.api.Test;

class JsonCaseExporterTest {

    private final JsonCaseExporter exporter = new JsonCaseExporter("casebook test");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void emptyCaseCarriesSchemaVersionCodebookAndEmptyLists() throws IOException {
        CaseSnapshot empty = new CaseSnapshot(DefaultCodebook.lxp(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        JsonNode json = mapper.readTree(exporter.writeToString("Empty", empty));

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/case/name").asText()).isEqualTo("Empty");
        assertThat(json.at("/codebook/themes")).hasSize(9);
        assertThat(json.at("/codebook/responseTypes")).hasSize(10);
        JsonNode firstTheme = json.at("/codebook/themes/0");
        assertThat(fieldNames(firstTheme)).containsExactly("id", "name", "description", "parent", "colour");
        assertThat(firstTheme.get("parent").isNull()).isTrue();
        for (String list : List.of("bodies", "meetings", "letters", "threads")) {
            assertThat(json.get(list).isArray()).as(list).isTrue();
            assertThat(json.get(list)).as(list).isEmpty();
        }
    }

    @Test
    void lettersCarryTheirItemsTagsStanceNotesAndCommitments() throws IOException {
        JsonNode json = mapper.readTree(exporter.writeToString("Board replies", populated()));

        JsonNode letter = json.at("/letters/0");
        assertThat(letter.get("date").asText()).isEqualTo("2021-06-20");
        assertThat(letter.get("bodyId").asLong()).isEqualTo(1);
        assertThat(letter.get("meetingId").asLong()).isEqualTo(2);
        assertThat(letter.get("attachedTo").isNull()).as("a letter that came on its own").isTrue();
        assertThat(letter.at("/source/sha256").asText()).hasSize(64);
        assertThat(letter.get("intro").asText()).isEqualTo("Dear group");

        JsonNode heading = letter.at("/items/0");
        assertThat(heading.get("path").asText()).isEqualTo("6");
        assertThat(heading.get("response").isNull()).as("a heading with no answer has response null").isTrue();
        assertThat(heading.get("parentId").isNull()).isTrue();

        JsonNode sub = letter.at("/items/1");
        assertThat(sub.get("path").asText()).isEqualTo("6/a");
        assertThat(sub.get("label").asText()).isEqualTo("a");
        assertThat(sub.get("parentId").asLong()).isEqualTo(10);
        assertThat(sub.get("response").asText()).isEqualTo("We take this seriously.");
        assertThat(texts(sub.get("themes"))).containsExactly("wellbeing-harm");
        assertThat(texts(sub.get("suggestedThemes"))).containsExactly("accountability");
        assertThat(texts(sub.get("responseTypes"))).containsExactly("reassurance");
        assertThat(sub.get("suggestedResponseTypes")).isEmpty();
        assertThat(sub.get("stance").asText()).isEqualTo("partly-agree");
        assertThat(sub.get("stanceRationale").asText()).isEqualTo("No action named");
        assertThat(sub.at("/notes/0/text").asText()).isEqualTo("Raise again in March");

        JsonNode fromItem = letter.at("/commitments/0");
        assertThat(fromItem.get("itemPath").asText()).isEqualTo("6/a");
        assertThat(fromItem.get("status").asText()).isEqualTo("open");
        assertThat(fromItem.get("due").asText()).isEqualTo("2021-12-31");
        assertThat(fromItem.at("/history/0/status").asText()).isEqualTo("open");
        JsonNode fromClosing = letter.at("/commitments/1");
        assertThat(fromClosing.get("itemPath").asText()).isEqualTo("closing");
        assertThat(fromClosing.get("due").isNull()).isTrue();

        assertThat(json.at("/threads/0/itemIds/0").asLong()).isEqualTo(11);
        assertThat(json.at("/meetings/0/date").asText()).isEqualTo("2021-05-26");
    }

    @Test
    void leavesTheStreamItWritesToOpenForItsOwner() throws IOException {
        boolean[] closed = {false};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        exporter.write("Board replies", populated(), bytes);
        assertThat(closed[0]).as("stream closed by the exporter").isFalse();
        assertThat(mapper.readTree(bytes.toByteArray()).get("schemaVersion").asInt()).isEqualTo(1);
    }

    private static CaseSnapshot populated() {
        Body body = new Body(1, "Fictional Valley NHS Trust");
        Meeting meeting = new Meeting(2, 1, "Trust Board", Optional.of(LocalDate.of(2021, 5, 26)));
        Letter letter = new Letter(3, "Reply", Optional.of(LocalDate.of(2021, 6, 20)), "Chair", "The group",
                Optional.of(1L), Optional.of(2L), Optional.of(new SourceFile("reply.pdf", "application/pdf", "a".repeat(64))),
                "Dear group", "Yours sincerely", "Dear group ...", Optional.empty());
        Item heading = new Item(10, 3, Optional.empty(), "6", "6", 0, "Wellbeing", Optional.empty(),
                Optional.of(new TextSpan(0, 9)), Optional.empty(), Stance.UNDECIDED, "");
        Item sub = new Item(11, 3, Optional.of(10L), "a", "6/a", 1, "Who is accountable?",
                Optional.of("We take this seriously."), Optional.empty(), Optional.empty(), Stance.PARTLY_AGREE,
                "No action named");
        Commitment fromItem = new Commitment(20, 3, CommitmentSource.ITEM, Optional.of(11L), "We will review",
                "Chair", Optional.of(LocalDate.of(2021, 12, 31)), CommitmentStatus.OPEN,
                List.of(new StatusChange(LocalDate.of(2021, 6, 20), CommitmentStatus.OPEN, "Letter")));
        Commitment fromClosing = new Commitment(21, 3, CommitmentSource.CLOSING, Optional.empty(),
                "The Board will seek assurance", "Board", Optional.empty(), CommitmentStatus.UNCLEAR, List.of());
        return new CaseSnapshot(DefaultCodebook.lxp(), List.of(body), List.of(meeting), List.of(letter),
                List.of(heading, sub),
                List.of(new ItemTag(11, "wellbeing-harm", TagState.CONFIRMED),
                        new ItemTag(11, "accountability", TagState.SUGGESTED),
                        new ItemTag(11, "pay-disparity", TagState.REJECTED)),
                List.of(new ItemTag(11, "reassurance", TagState.CONFIRMED)),
                List.of(new Note(30, 11, "Raise again in March", Instant.parse("2021-07-01T10:00:00Z"))),
                List.of(fromItem, fromClosing),
                List.of(new ConcernThread(40, "Wellbeing", List.of(11L))));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
