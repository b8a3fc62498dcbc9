package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Note;
import org.casebook.domain.Stance;
import org.casebook.domain.StatusChange;
import org.casebook.domain.TagState;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.service.CaseHandle;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.SampleLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnnotationServiceTest {

    /** Nanoseconds on purpose: the database keeps microseconds, and what a method returns must match what is stored. */
    private static final Instant NOW = Instant.parse("2026-03-04T23:30:15.123456789Z");
    private static final LocalDate LETTER_DAY = LocalDate.of(2026, 2, 1);

    @TempDir
    Path temp;

    private final AnnotationService annotations =
            new AnnotationService(Clock.fixed(NOW, ZoneId.of("Europe/London")));
    private CaseHandle database;
    private SampleLetters.Stored letter;

    @BeforeEach
    void createCase() {
        database = new CaseService(new CaseStore(new Backups(Clock.systemUTC()))).create(temp.resolve("case"));
        letter = SampleLetters.store(database, 3);
    }

    @AfterEach
    void closeCase() {
        database.close();
    }

    // ---- stance ----

    @Test
    void setsTheStanceWithATrimmedRationaleAndSetsItBack() {
        annotations.setStance(database, item(1), Stance.DISPUTE, "  They never met us.\n");
        assertThat(storedItem(1).stance()).isEqualTo(Stance.DISPUTE);
        assertThat(storedItem(1).stanceRationale()).isEqualTo("They never met us.");

        annotations.setStance(database, item(1), Stance.UNDECIDED, "");

        assertThat(storedItem(1).stance()).isEqualTo(Stance.UNDECIDED);
        assertThat(storedItem(1).stanceRationale()).isEmpty();
        assertThat(storedItem(0).stance()).as("other items untouched").isEqualTo(Stance.UNDECIDED);
    }

    @Test
    void refusesAStanceForAnItemThatIsNotThere() {
        CaseSnapshot before = annotations.snapshot(database);

        assertThatThrownBy(() -> annotations.setStance(database, item(2) + 100, Stance.AGREE, "x"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(annotations.snapshot(database)).isEqualTo(before);
    }

    // ---- tags ----

    @ParameterizedTest
    @EnumSource(TagState.class)
    void putsAThemeOnInAStateChangesItAndTakesItOff(TagState first) {
        annotations.setTheme(database, item(0), "accountability", Optional.of(first));
        assertThat(themeState(0, "accountability")).contains(first);

        TagState other = first == TagState.CONFIRMED ? TagState.REJECTED : TagState.CONFIRMED;
        annotations.setTheme(database, item(0), "accountability", Optional.of(other));
        assertThat(themeState(0, "accountability")).contains(other);
        assertThat(annotations.snapshot(database).itemThemes()).hasSize(1);

        annotations.setTheme(database, item(0), "accountability", Optional.empty());
        assertThat(themeState(0, "accountability")).isEmpty();
        assertThat(annotations.snapshot(database).itemThemes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TagState.class)
    void putsAResponseTypeOnInAStateChangesItAndTakesItOff(TagState first) {
        annotations.setResponseType(database, item(2), "deflection", Optional.of(first));
        assertThat(responseTypeState(2, "deflection")).contains(first);

        TagState other = first == TagState.SUGGESTED ? TagState.CONFIRMED : TagState.SUGGESTED;
        annotations.setResponseType(database, item(2), "deflection", Optional.of(other));
        assertThat(responseTypeState(2, "deflection")).contains(other);

        annotations.setResponseType(database, item(2), "deflection", Optional.empty());
        assertThat(responseTypeState(2, "deflection")).isEmpty();
        assertThat(annotations.snapshot(database).itemResponseTypes()).isEmpty();
    }

    @Test
    void takingOffATagThatIsNotThereChangesNothing() {
        annotations.setTheme(database, item(0), "undermining", Optional.of(TagState.CONFIRMED));
        CaseSnapshot before = annotations.snapshot(database);

        annotations.setTheme(database, item(1), "undermining", Optional.empty());
        annotations.setResponseType(database, item(1), "refusal", Optional.empty());

        assertThat(annotations.snapshot(database)).isEqualTo(before);
    }

    // ---- notes ----

    @Test
    void addsATrimmedNoteDatedNowAndReturnsWhatWasStored() {
        Note added = annotations.addNote(database, item(1), "  Ask about the March board.  ");

        assertThat(added.text()).isEqualTo("Ask about the March board.");
        assertThat(added.itemId()).isEqualTo(item(1));
        assertThat(storedNotes()).containsExactly(added);
        assertThat(added.created()).isBetween(NOW.minusNanos(1000), NOW);
    }

    @Test
    void updatingANoteKeepsItsIdItemAndDate() {
        Note added = annotations.addNote(database, item(1), "First thoughts");

        annotations.updateNote(database, added.id(), " Second thoughts ");

        assertThat(storedNotes()).containsExactly(new Note(added.id(), added.itemId(), "Second thoughts",
                added.created()));
    }

    @Test
    void aDeletedNoteComesBackWithItsIdAndDate() {
        Note kept = annotations.addNote(database, item(0), "Keep me");
        Note deleted = annotations.addNote(database, item(1), "Delete me");

        annotations.deleteNote(database, deleted.id());
        assertThat(storedNotes()).containsExactly(kept);

        annotations.restoreNote(database, deleted);
        assertThat(storedNotes()).containsExactlyInAnyOrder(kept, deleted);
        Note next = annotations.addNote(database, item(2), "After the restore");
        assertThat(next.id()).isNotIn(kept.id(), deleted.id());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void refusesANoteWithoutTextAndStoresNothing(String text) {
        Note existing = annotations.addNote(database, item(0), "Existing");

        assertThatThrownBy(() -> annotations.addNote(database, item(0), text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
        assertThatThrownBy(() -> annotations.updateNote(database, existing.id(), text))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(storedNotes()).containsExactly(existing);
    }

    @Test
    void refusesToUpdateANoteThatIsNotThere() {
        assertThatThrownBy(() -> annotations.updateNote(database, 4242, "Text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storedNotes()).isEmpty();
    }

    // ---- commitments ----

    @Test
    void addsACommitmentAndReturnsItWithItsIdAsStored() {
        Commitment added = annotations.addCommitment(database, promise("  We will review pay by June. "));

        assertThat(added.id()).isPositive();
        assertThat(added.text()).isEqualTo("We will review pay by June.");
        assertThat(storedCommitments()).containsExactly(added);
    }

    @Test
    void replacingACommitmentStoresExactlyTheNewOneHistoryIncluded() {
        Commitment added = annotations.addCommitment(database, promise("We will review pay."));
        Commitment changed = new Commitment(added.id(), added.letterId(), CommitmentSource.CLOSING, Optional.empty(),
                "The Board will review pay.", "Director of People", Optional.of(LocalDate.of(2026, 9, 30)),
                CommitmentStatus.BROKEN, List.of(
                new StatusChange(LETTER_DAY, CommitmentStatus.OPEN, "Letter of 1 February"),
                new StatusChange(LETTER_DAY.plusMonths(2), CommitmentStatus.UNCLEAR, "Minutes say 'in progress'"),
                new StatusChange(LETTER_DAY.plusMonths(5), CommitmentStatus.BROKEN, "No review by June")));

        annotations.replaceCommitment(database, changed);
        assertThat(storedCommitments()).containsExactly(changed);

        annotations.replaceCommitment(database, added);
        assertThat(storedCommitments()).as("replacing back is the undo").containsExactly(added);
    }

    @Test
    void replacingACommitmentThatIsNotThereFailsAndChangesNothing() {
        Commitment added = annotations.addCommitment(database, promise("We will review pay."));
        CaseSnapshot before = annotations.snapshot(database);
        Commitment ghost = new Commitment(added.id() + 50, added.letterId(), CommitmentSource.INTRO, Optional.empty(),
                "Ghost", "", Optional.empty(), CommitmentStatus.KEPT,
                List.of(new StatusChange(LETTER_DAY, CommitmentStatus.KEPT, "None")));

        assertThatThrownBy(() -> annotations.replaceCommitment(database, ghost))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(annotations.snapshot(database)).isEqualTo(before);
    }

    @Test
    void aDeletedCommitmentComesBackWithItsIdAndHistory() {
        Commitment kept = annotations.addCommitment(database, promise("We will meet quarterly."));
        Commitment deleted = annotations.addCommitment(database, promise("We will publish the review."));

        annotations.deleteCommitment(database, deleted.id());
        assertThat(storedCommitments()).containsExactly(kept);
        assertThat(annotations.snapshot(database).commitments()).extracting(Commitment::id).containsExactly(kept.id());

        annotations.restoreCommitment(database, deleted);
        assertThat(storedCommitments()).containsExactlyInAnyOrder(kept, deleted);
        Optional<Commitment> found = CaseAccess.read(database, r -> r.commitments().byId(deleted.id()));
        Optional<Commitment> missing = CaseAccess.read(database, r -> r.commitments().byId(deleted.id() + 99));
        assertThat(found).contains(deleted);
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesACommitmentWithoutWordsAndStoresNothing(String text) {
        Commitment added = annotations.addCommitment(database, promise("We will review pay."));
        Commitment blank = new Commitment(added.id(), added.letterId(), added.source(), added.itemId(), text,
                added.owner(), added.due(), added.status(), added.history());

        assertThatThrownBy(() -> annotations.addCommitment(database, blank))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promise");
        assertThatThrownBy(() -> annotations.replaceCommitment(database, blank))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(storedCommitments()).containsExactly(added);
    }

    // ---- dates and export ----

    @Test
    void todayIsTheDateWhereTheMemberIs() {
        AnnotationService inLondon = new AnnotationService(
                Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneId.of("Europe/London")));

        assertThat(inLondon.today()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theExportedCaseShowsTheAnnotations() throws IOException {
        annotations.setStance(database, item(0), Stance.PARTLY_AGREE, " Only in part ");
        annotations.setTheme(database, item(0), "pay-disparity", Optional.of(TagState.CONFIRMED));
        annotations.setTheme(database, item(0), "accountability", Optional.of(TagState.SUGGESTED));
        annotations.setResponseType(database, item(0), "refusal", Optional.of(TagState.CONFIRMED));
        Note note = annotations.addNote(database, item(0), "Raise at the AGM");
        Note gone = annotations.addNote(database, item(0), "Scrap this");
        annotations.deleteNote(database, gone.id());
        Commitment promise = annotations.addCommitment(database, promise("We will review pay."));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportService(new JsonCaseExporter("casebook test")).exportJson(database, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());

        JsonNode first = json.at("/letters/0/items/0");
        assertThat(first.get("stance").asText()).isEqualTo("partly-agree");
        assertThat(first.get("stanceRationale").asText()).isEqualTo("Only in part");
        assertThat(first.get("themes")).extracting(JsonNode::asText).containsExactly("pay-disparity");
        assertThat(first.get("suggestedThemes")).extracting(JsonNode::asText).containsExactly("accountability");
        assertThat(first.get("responseTypes")).extracting(JsonNode::asText).containsExactly("refusal");
        assertThat(first.get("notes")).singleElement().satisfies(n -> {
            assertThat(n.get("id").asLong()).isEqualTo(note.id());
            assertThat(n.get("text").asText()).isEqualTo("Raise at the AGM");
        });
        JsonNode commitment = json.at("/letters/0/commitments/0");
        assertThat(commitment.get("id").asLong()).isEqualTo(promise.id());
        assertThat(commitment.get("itemPath").asText()).isEqualTo("2");
        assertThat(commitment.get("owner").asText()).isEqualTo("Chief Executive");
        assertThat(commitment.at("/history/0/evidence").asText()).isEqualTo("Letter of 1 February");
    }

    // ---- helpers ----

    /** An open promise made in reply to item 2. */
    private Commitment promise(String text) {
        return new Commitment(0, letter.letter().id(), CommitmentSource.ITEM, Optional.of(item(1)), text,
                "Chief Executive", Optional.of(LocalDate.of(2026, 6, 30)), CommitmentStatus.OPEN,
                List.of(new StatusChange(LETTER_DAY, CommitmentStatus.OPEN, "Letter of 1 February")));
    }

    private long item(int index) {
        return letter.item(index).id();
    }

    private org.casebook.domain.Item storedItem(int index) {
        return CaseAccess.read(database, r -> r.items().byId(item(index))).orElseThrow();
    }

    private Optional<TagState> themeState(int index, String themeId) {
        return CaseAccess.read(database, r -> r.items().themeState(item(index), themeId));
    }

    private Optional<TagState> responseTypeState(int index, String typeId) {
        return CaseAccess.read(database, r -> r.items().responseTypeState(item(index), typeId));
    }

    private List<Note> storedNotes() {
        return CaseAccess.read(database, r -> r.items().notes());
    }

    private List<Commitment> storedCommitments() {
        return CaseAccess.read(database, r -> r.commitments().all());
    }
}
