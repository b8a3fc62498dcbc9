package org.casebook.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Codebook;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.domain.ThreadStep;
import org.casebook.report.PackModel.CommitmentRow;
import org.casebook.report.PackModel.Count;
import org.casebook.report.PackModel.History;
import org.casebook.report.PackModel.PackItem;
import org.casebook.report.PackModel.Step;
import org.casebook.report.PackModel.ThemeSection;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the assembler picks and how it arranges it, on a small case built by hand (no database):
 *
 * <ul>
 * <li>Codebook in a deliberately non-alphabetical order: Wellbeing, Pay, Funding &gt; Regional funding &gt;
 *     Regional posts (two levels of sub-themes).</li>
 * <li>Letter 2 "First reply" (20 June 2021, meeting 10) has items 101–104; letter 1 "Second reply" (1 October 2021,
 *     meeting 11) has items 201–203; letter 3 "Undated note" (no date, no meeting) has item 301. Ids run against
 *     dates on purpose, and the snapshot lists items out of order, so only the letter date and the item order can
 *     put them right.</li>
 * <li>Threads: "Pay rates" (101 → 201), "Funding" (103 → 202), and "Lonely" with one step (102).</li>
 * </ul>
 */
class PackAssemblerTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 1);
    private static final long MAY_MEETING = 10;
    private static final long SEPTEMBER_MEETING = 11;
    private static final long FIRST_REPLY = 2;
    private static final long SECOND_REPLY = 1;
    private static final long UNDATED = 3;
    private static final long PAY_THREAD = 1;
    private static final long FUNDING_THREAD = 2;

    private final PackAssembler assembler = new PackAssembler(new PackText());
    private final CaseBuilder sample = sampleCase();

    // --- scope ---

    @Test
    void everythingHoldsEveryItem() {
        assertThat(ids(assemble(PackScope.everything()))).containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 201L,
                202L, 203L, 301L);
    }

    @Test
    void aMeetingScopeHoldsOnlyTheItemsOfLettersAnsweringIt() {
        assertThat(ids(assemble(PackScope.everything().withMeeting(MAY_MEETING))))
                .containsExactlyInAnyOrder(101L, 102L, 103L, 104L);
        assertThat(ids(assemble(PackScope.everything().withMeeting(SEPTEMBER_MEETING))))
                .containsExactlyInAnyOrder(201L, 202L, 203L);
    }

    @Test
    void aLetterScopeHoldsOnlyThoseLettersItems() {
        assertThat(ids(assemble(PackScope.everything().withLetters(Set.of(SECOND_REPLY, UNDATED)))))
                .containsExactlyInAnyOrder(201L, 202L, 203L, 301L);
    }

    @Test
    void aChosenThemeStandsForItsSubThemesAtEveryLevel() {
        assertThat(ids(assemble(PackScope.everything().withThemes(Set.of("funding")))))
                .containsExactlyInAnyOrder(202L, 103L);
        assertThat(ids(assemble(PackScope.everything().withThemes(Set.of("regional-funding")))))
                .containsExactlyInAnyOrder(202L, 103L);
        assertThat(ids(assemble(PackScope.everything().withThemes(Set.of("regional-posts"))))).containsExactly(103L);
    }

    @Test
    void aThemeScopeCountsOnlyConfirmedTags() {
        // 102 has Pay suggested and Funding rejected: neither puts it in a pack of those themes.
        assertThat(ids(assemble(PackScope.everything().withThemes(Set.of("pay")))))
                .containsExactlyInAnyOrder(101L, 201L);
        assertThat(ids(assemble(PackScope.everything().withThemes(Set.of("funding"))))).doesNotContain(102L);
    }

    @Test
    void aStanceScopeHoldsItemsWithAnyOfTheChosenStances() {
        assertThat(ids(assemble(PackScope.everything().withStances(Set.of(Stance.DISPUTE, Stance.UNDECIDED)))))
                .containsExactlyInAnyOrder(101L, 201L, 104L, 203L);
    }

    @Test
    void aThreadScopeHoldsTheThreadsItems() {
        assertThat(ids(assemble(PackScope.everything().withThreads(Set.of(PAY_THREAD)))))
                .containsExactlyInAnyOrder(101L, 201L);
        assertThat(ids(assemble(PackScope.everything().withThreads(Set.of(PAY_THREAD, FUNDING_THREAD)))))
                .containsExactlyInAnyOrder(101L, 201L, 103L, 202L);
    }

    @Test
    void everyPartOfACombinedScopeMustHold() {
        PackScope september = PackScope.everything().withMeeting(SEPTEMBER_MEETING).withThemes(Set.of("funding"));
        assertThat(ids(assemble(september.withStances(Set.of(Stance.PARTLY_AGREE))))).containsExactly(202L);
        // 103 is unanswered and about funding, but answers the May meeting.
        assertThat(ids(assemble(september.withStances(Set.of(Stance.UNANSWERED))))).isEmpty();
        PackScope threadAndLetter = PackScope.everything().withThreads(Set.of(FUNDING_THREAD))
                .withLetters(Set.of(FIRST_REPLY));
        assertThat(ids(assemble(threadAndLetter))).containsExactly(103L);
        assertThat(ids(assemble(threadAndLetter.withStances(Set.of(Stance.AGREE))))).isEmpty();
    }

    // --- filing under themes ---

    @Test
    void eachItemIsFiledOnceUnderItsFirstConfirmedThemeInCodebookOrder() {
        PackModel model = assemble(PackScope.everything());

        // 101 was tagged Pay, then Wellbeing; Wellbeing comes first in the codebook, so it files there.
        assertThat(model.concerns()).extracting(ThemeSection::name)
                .containsExactly("Wellbeing", "Pay", "Regional funding", "Regional posts", "Other concerns");
        assertThat(section(model, "Wellbeing")).containsExactly(101L, 301L);
        assertThat(section(model, "Pay")).containsExactly(201L);
        assertThat(section(model, "Regional funding")).containsExactly(202L);
        assertThat(section(model, "Regional posts")).containsExactly(103L);
        assertThat(model.itemCount()).isEqualTo(8);
        assertThat(item(model, 101).themes()).containsExactly("Wellbeing", "Pay");
        // Anchors are numbered: a theme's name or id never reaches the file unredacted.
        assertThat(model.concerns()).extracting(ThemeSection::anchor).startsWith("theme-1", "theme-2");
    }

    @Test
    void itemsWithoutAConfirmedThemeComeLastUnderOtherConcerns() {
        PackModel model = assemble(PackScope.everything());

        ThemeSection last = model.concerns().get(model.concerns().size() - 1);
        assertThat(last.other()).isTrue();
        assertThat(last.anchor()).isEqualTo("other-concerns");
        assertThat(last.items()).extracting(PackItem::id).containsExactly(102L, 104L, 203L);
        assertThat(item(model, 102).themes()).as("suggested and rejected tags are not themes").isEmpty();
        assertThat(model.concerns()).filteredOn(ThemeSection::other).hasSize(1);
    }

    @Test
    void aPackChosenByThemeFilesItsItemsUnderTheChosenThemeAndHasNoOtherConcerns() {
        PackModel model = assemble(PackScope.everything().withThemes(Set.of("pay")));

        // 101 carries Wellbeing (first in the codebook) and Pay; a pack about pay shows it under Pay.
        assertThat(model.concerns()).extracting(ThemeSection::name).containsExactly("Pay");
        assertThat(section(model, "Pay")).contains(101L);
        assertThat(item(model, 101).themes()).containsExactly("Wellbeing", "Pay");
    }

    @Test
    void itemsRunByLetterDateWithUndatedLettersLastThenByTheirOrderInTheLetter() {
        PackModel model = assemble(PackScope.everything());

        // Letter 2 (June) before letter 1 (October) before letter 3 (no date), whatever their ids.
        assertThat(section(model, "Wellbeing")).containsExactly(101L, 301L);
        assertThat(section(model, "Other concerns")).containsExactly(102L, 104L, 203L);
        assertThat(model.letters()).extracting(PackModel.LetterText::anchor)
                .containsExactly("letter-2", "letter-1", "letter-3");
    }

    @Test
    void anItemCarriesItsConfirmedResponseTypesInCodebookOrderAndItsTrackedCommitments() {
        PackModel model = assemble(PackScope.everything());

        PackItem item = item(model, 101);
        assertThat(item.path()).isEqualTo("1");
        assertThat(item.letter()).isEqualTo("First reply (letter of 20 June 2021)");
        assertThat(item.responseTypes()).containsExactly("Refusal", "Apology");
        assertThat(item.commitments()).containsExactly("c1 review pay");
        assertThat(item.rationale()).isEqualTo("Reason for 101");
        assertThat(item(model, 301).letter()).isEqualTo("Undated note");
    }

    @Test
    void notesArePickedOnlyWhenAskedForOldestFirst() {
        PackOptions options = PackOptions.standard("Pack", TODAY);

        assertThat(item(assemble(PackScope.everything(), options), 101).notes()).isEmpty();
        assertThat(item(assemble(PackScope.everything(), options.withNotes(true)), 101).notes())
                .containsExactly("older note", "newer note");
    }

    // --- commitments ---

    @Test
    void theRegisterHoldsTrackedCommitmentsOverdueFirstThenByStatusThenDueDate() {
        PackModel model = assemble(PackScope.everything());

        // c5 is suggested and c6 rejected: not promises in the register.
        assertThat(texts(model.commitments())).containsExactly("c1 review pay", "c8 report in August",
                "c9 fund posts", "c7 meet again", "c3 write back", "c2 share survey", "c4 publish minutes",
                "c10 clarify");
        assertThat(model.commitments()).extracting(CommitmentRow::overdue)
                .containsExactly(true, true, false, false, false, false, false, false);
        assertThat(model.commitments().get(0).where()).isEqualTo("Item 1, First reply (letter of 20 June 2021)");
        assertThat(model.commitments()).filteredOn(r -> r.text().startsWith("c3")).singleElement()
                .extracting(CommitmentRow::where).isEqualTo("Opening of First reply (letter of 20 June 2021)");
        assertThat(model.commitments()).filteredOn(r -> r.text().startsWith("c4")).singleElement()
                .extracting(CommitmentRow::where).isEqualTo("Closing of First reply (letter of 20 June 2021)");
    }

    @Test
    void openingAndClosingCommitmentsComeWithTheirLetterOnly() {
        // Disputed items 101 (letter 2) and 201 (letter 1): their own commitments, and the letters' opening and
        // closing ones, but not those of items left out (c2, c9) nor of the undated letter (c10).
        PackModel model = assemble(PackScope.everything().withStances(Set.of(Stance.DISPUTE)));

        assertThat(texts(model.commitments())).containsExactly("c1 review pay", "c8 report in August",
                "c7 meet again", "c3 write back", "c4 publish minutes");
    }

    // --- histories ---

    @Test
    void aHistoryIsGivenForEveryThreadOfTwoStepsOrMoreThatReachesIntoThePack() {
        PackModel model = assemble(PackScope.everything());

        // "Lonely" has one step only, though its item is in the pack.
        assertThat(model.histories()).extracting(History::title).containsExactly("Pay rates", "Funding");
        History pay = model.histories().get(0);
        assertThat(pay.anchor()).isEqualTo("thread-" + PAY_THREAD);
        assertThat(pay.steps()).extracting(Step::path, Step::letter, Step::marker, Step::stance, Step::inPack)
                .containsExactly(
                        tuple("1", "First reply (letter of 20 June 2021)", StepMarker.NEW,
                                Stance.DISPUTE, true),
                        tuple("1", "Second reply (letter of 1 October 2021)", StepMarker.REPEATED,
                                Stance.DISPUTE, true));
        assertThat(pay.steps().get(0).response()).contains("Response to 101");
    }

    @Test
    void aHistoryMarksTheStepsOutsideThePack() {
        PackModel model = assemble(PackScope.everything().withLetters(Set.of(FIRST_REPLY)));

        assertThat(model.histories()).extracting(History::title).containsExactly("Pay rates", "Funding");
        assertThat(model.histories().get(1).steps()).extracting(Step::path, Step::inPack, Step::marker).containsExactly(
                tuple("3", true, StepMarker.NEW),
                tuple("2", false, StepMarker.REVERSED));
    }

    @Test
    void noHistoryForThreadsOutsideThePack() {
        PackModel model = assemble(PackScope.everything().withStances(Set.of(Stance.AGREE)));

        assertThat(ids(model)).containsExactlyInAnyOrder(102L, 301L);
        assertThat(model.histories()).isEmpty();
    }

    // --- letters ---

    @Test
    void aLetterIsSplitIntoParagraphsOnBlankLinesWithItsLineBreaksJoined() {
        PackModel model = assemble(PackScope.everything().withLetters(Set.of(FIRST_REPLY)));

        PackModel.LetterText letter = model.letters().get(0);
        assertThat(model.letters()).hasSize(1);
        assertThat(letter.paragraphs()).extracting(PackModel.Paragraph::text).containsExactly("Dear Forum,", "Thank you for your letter of 26 May.",
                "We will reply soon.", "Yours sincerely");
        assertThat(letter.title()).isEqualTo("First reply");
        assertThat(letter.from()).isEqualTo("The Chair");
        assertThat(letter.date()).contains(LocalDate.of(2021, 6, 20));
    }

    // --- summary and cover ---

    @Test
    void theSummaryCountsStancesThemesCommitmentsAndMeetings() {
        PackModel.Summary summary = assemble(PackScope.everything()).summary();

        assertThat(summary.items()).isEqualTo(8);
        assertThat(summary.letters()).isEqualTo(3);
        assertThat(summary.meetings()).as("the undated note answers no meeting").isEqualTo(2);
        assertThat(summary.stances()).extracting(Count::label, Count::count).containsExactly(
                tuple("Dispute", 2), tuple("Partly agree", 1),
                tuple("Unanswered", 1), tuple("Agree", 2),
                tuple("Not decided", 2));
        assertThat(summary.themes()).extracting(Count::label, Count::count, Count::colour).containsExactly(
                tuple("Wellbeing", 2, "#112233"),
                tuple("Pay", 1, "#223344"),
                tuple("Regional funding", 1, "#445566"),
                tuple("Regional posts", 1, "#556677"),
                tuple("Other concerns", 3, PackColours.OTHER));
        assertThat(summary.commitments()).extracting(Count::label, Count::count).containsExactly(
                tuple("Open", 5), tuple("Kept", 1),
                tuple("Broken", 1), tuple("Unclear", 1));
        assertThat(summary.overdue()).as("an unclear commitment past its date is not overdue").isEqualTo(2);
    }

    @Test
    void theSummaryCountsOnlyWhatIsInScope() {
        PackModel.Summary summary = assemble(PackScope.everything().withMeeting(SEPTEMBER_MEETING)).summary();

        assertThat(summary.items()).isEqualTo(3);
        assertThat(summary.letters()).isEqualTo(1);
        assertThat(summary.meetings()).isEqualTo(1);
        assertThat(summary.stances()).extracting(Count::count).containsExactly(1, 1, 0, 0, 1);
        assertThat(summary.overdue()).isEqualTo(1);
    }

    @Test
    void anUnrestrictedScopeIsDescribedAsTheWholeCase() {
        assertThat(assemble(PackScope.everything()).scope()).containsExactly("All letters in the case");
    }

    @Test
    void eachPartOfTheScopeIsDescribedOnItsOwnLine() {
        PackScope scope = PackScope.everything().withMeeting(MAY_MEETING).withLetters(Set.of(FIRST_REPLY, SECOND_REPLY))
                .withThemes(Set.of("funding")).withStances(Set.of(Stance.AGREE, Stance.DISPUTE))
                .withThreads(Set.of(PAY_THREAD));

        assertThat(assemble(scope).scope()).containsExactly(
                "Meeting: Northvale Trust, Trust Board (26 May 2021)",
                "Letters: Second reply, First reply",
                "Themes: Funding",
                "Stances: Dispute, Agree",
                "Threads: Pay rates");
    }

    @Test
    void theModelCarriesTheCoverDetails() {
        PackOptions options = PackOptions.standard("For the Board", LocalDate.of(2021, 9, 9));
        PackModel model = assemble(PackScope.everything(), options);

        assertThat(model.groupName()).isEqualTo("Valley Group");
        assertThat(model.title()).isEqualTo("For the Board");
        assertThat(model.date()).isEqualTo(LocalDate.of(2021, 9, 9));
        assertThat(model.prepared()).isEqualTo(TODAY);
    }

    // --- helpers ---

    private PackModel assemble(PackScope scope) {
        return assemble(scope, PackOptions.standard("Pack", TODAY));
    }

    private PackModel assemble(PackScope scope, PackOptions options) {
        return assembler.assemble(sample.input(), scope, options);
    }

    private static List<Long> ids(PackModel model) {
        return model.concerns().stream().flatMap(s -> s.items().stream()).map(PackItem::id).toList();
    }

    private static List<Long> section(PackModel model, String name) {
        return model.concerns().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().items().stream()
                .map(PackItem::id).toList();
    }

    private static PackItem item(PackModel model, long id) {
        return model.concerns().stream().flatMap(s -> s.items().stream()).filter(i -> i.id() == id).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(List<CommitmentRow> rows) {
        return rows.stream().map(CommitmentRow::text).toList();
    }

    private static CaseBuilder sampleCase() {
        CaseBuilder c = new CaseBuilder();
        c.theme("wellbeing", "Wellbeing", "#112233", Optional.empty());
        c.theme("pay", "Pay", "#223344", Optional.empty());
        c.theme("funding", "Funding", "#334455", Optional.empty());
        c.theme("regional-funding", "Regional funding", "#445566", Optional.of("funding"));
        c.theme("regional-posts", "Regional posts", "#556677", Optional.of("regional-funding"));
        c.responseType("refusal", "Refusal");
        c.responseType("apology", "Apology");
        c.body(7, "Northvale Trust");
        c.meeting(MAY_MEETING, 7, "Trust Board", Optional.of(LocalDate.of(2021, 5, 26)));
        c.meeting(SEPTEMBER_MEETING, 7, "Trust Board", Optional.of(LocalDate.of(2021, 9, 1)));
        c.letter(SECOND_REPLY, "Second reply", Optional.of(LocalDate.of(2021, 10, 1)), Optional.of(SEPTEMBER_MEETING),
                "Dear Forum,\n\nWe write again.");
        c.letter(FIRST_REPLY, "First reply", Optional.of(LocalDate.of(2021, 6, 20)), Optional.of(MAY_MEETING),
                "Dear Forum,\n\nThank you for your\nletter of 26 May.\n  \nWe will reply\r\n   soon."
                        + "\n\n\n\nYours sincerely\n");
        c.letter(UNDATED, "Undated note", Optional.empty(), Optional.empty(), "A note.");

        // Listed out of order on purpose.
        c.item(203, SECOND_REPLY, "3", 2, Stance.UNDECIDED);
        c.item(104, FIRST_REPLY, "4", 3, Stance.UNDECIDED);
        c.item(301, UNDATED, "1", 0, Stance.AGREE);
        c.item(202, SECOND_REPLY, "2", 1, Stance.PARTLY_AGREE);
        c.item(103, FIRST_REPLY, "3", 2, Stance.UNANSWERED);
        c.item(201, SECOND_REPLY, "1", 0, Stance.DISPUTE);
        c.item(102, FIRST_REPLY, "2", 1, Stance.AGREE);
        c.item(101, FIRST_REPLY, "1", 0, Stance.DISPUTE);

        c.theme(101, "pay", TagState.CONFIRMED);
        c.theme(101, "wellbeing", TagState.CONFIRMED);
        c.theme(102, "pay", TagState.SUGGESTED);
        c.theme(102, "funding", TagState.REJECTED);
        c.theme(103, "regional-posts", TagState.CONFIRMED);
        c.theme(201, "pay", TagState.CONFIRMED);
        c.theme(201, "wellbeing", TagState.SUGGESTED);
        c.theme(202, "regional-funding", TagState.CONFIRMED);
        c.theme(301, "wellbeing", TagState.CONFIRMED);
        c.responseType(101, "apology", TagState.CONFIRMED);
        c.responseType(101, "refusal", TagState.CONFIRMED);
        c.responseType(102, "refusal", TagState.SUGGESTED);

        c.note(101, "newer note", Instant.parse("2021-07-02T10:00:00Z"));
        c.note(101, "older note", Instant.parse("2021-07-01T10:00:00Z"));

        c.commitment(FIRST_REPLY, Optional.of(101L), "c1 review pay", date(2021, 7, 31), CommitmentStatus.OPEN);
        c.commitment(FIRST_REPLY, Optional.of(102L), "c2 share survey", date(2021, 8, 1), CommitmentStatus.KEPT);
        c.commitment(FIRST_REPLY, CommitmentSource.INTRO, "c3 write back", date(2021, 12, 31), CommitmentStatus.OPEN);
        c.commitment(FIRST_REPLY, CommitmentSource.CLOSING, "c4 publish minutes", Optional.empty(),
                CommitmentStatus.BROKEN);
        c.commitment(FIRST_REPLY, Optional.of(103L), "c5 suggested", date(2021, 1, 1), CommitmentStatus.SUGGESTED);
        c.commitment(FIRST_REPLY, Optional.of(101L), "c6 rejected", date(2021, 1, 1), CommitmentStatus.REJECTED);
        c.commitment(SECOND_REPLY, CommitmentSource.INTRO, "c7 meet again", date(2021, 11, 30), CommitmentStatus.OPEN);
        c.commitment(SECOND_REPLY, Optional.of(201L), "c8 report in August", date(2021, 8, 15), CommitmentStatus.OPEN);
        c.commitment(FIRST_REPLY, Optional.of(103L), "c9 fund posts", date(2021, 10, 15), CommitmentStatus.OPEN);
        c.commitment(UNDATED, CommitmentSource.CLOSING, "c10 clarify", date(2021, 1, 1), CommitmentStatus.UNCLEAR);

        c.thread(PAY_THREAD, "Pay rates", List.of(new ThreadStep(101, StepMarker.NEW),
                new ThreadStep(201, StepMarker.REPEATED)));
        c.thread(FUNDING_THREAD, "Funding", List.of(new ThreadStep(103, StepMarker.NEW),
                new ThreadStep(202, StepMarker.REVERSED)));
        c.thread(3, "Lonely", List.of(new ThreadStep(102, StepMarker.NEW)));
        return c;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** Builds a {@link CaseSnapshot} and the {@link PackInput} around it, one record at a time. */
    private static final class CaseBuilder {
        private final List<Theme> themes = new ArrayList<>();
        private final List<ResponseType> types = new ArrayList<>();
        private final List<Body> bodies = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Letter> letters = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private final List<ItemTag> themeTags = new ArrayList<>();
        private final List<ItemTag> typeTags = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<ConcernThread> threads = new ArrayList<>();
        private final Map<Long, List<ThreadStep>> steps = new HashMap<>();

        void theme(String id, String name, String colour, Optional<String> parent) {
            themes.add(new Theme(id, name, "", colour, parent));
        }

        void responseType(String id, String name) {
            types.add(new ResponseType(id, name, ""));
        }

        void body(long id, String name) {
            bodies.add(new Body(id, name));
        }

        void meeting(long id, long bodyId, String name, Optional<LocalDate> date) {
            meetings.add(new Meeting(id, bodyId, name, date));
        }

        void letter(long id, String title, Optional<LocalDate> date, Optional<Long> meeting, String text) {
            letters.add(new Letter(id, title, date, "The Chair", "The Forum", Optional.of(7L), meeting,
                    Optional.empty(), "", "", text, Optional.empty()));
        }

        void item(long id, long letterId, String path, int order, Stance stance) {
            items.add(new Item(id, letterId, Optional.empty(), path, path, order, "Concern " + id,
                    Optional.of("Response to " + id), Optional.empty(), Optional.empty(), stance, "Reason for " + id));
        }

        void theme(long itemId, String themeId, TagState state) {
            themeTags.add(new ItemTag(itemId, themeId, state));
        }

        void responseType(long itemId, String typeId, TagState state) {
            typeTags.add(new ItemTag(itemId, typeId, state));
        }

        void note(long itemId, String text, Instant created) {
            notes.add(new Note(notes.size() + 1, itemId, text, created));
        }

        void commitment(long letterId, Optional<Long> itemId, String text, Optional<LocalDate> due,
                        CommitmentStatus status) {
            commitments.add(new Commitment(commitments.size() + 1, letterId, CommitmentSource.ITEM, itemId, text,
                    "The Board", due, status, List.of()));
        }

        void commitment(long letterId, CommitmentSource source, String text, Optional<LocalDate> due,
                        CommitmentStatus status) {
            commitments.add(new Commitment(commitments.size() + 1, letterId, source, Optional.empty(), text,
                    "The Board", due, status, List.of()));
        }

        void thread(long id, String title, List<ThreadStep> threadSteps) {
            threads.add(new ConcernThread(id, title, threadSteps.stream().map(ThreadStep::itemId).toList()));
            steps.put(id, threadSteps);
        }

        PackInput input() {
            CaseSnapshot snapshot = new CaseSnapshot(new Codebook(themes, types), bodies, meetings, letters, items,
                    themeTags, typeTags, notes, commitments, threads);
            return new PackInput(snapshot, steps, "Valley Group", List.of(), TODAY);
        }
    }
}
