package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Codebook;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Note;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.ui.workspace.ItemFilter.Scope;
import org.junit.jupiter.api.Test;

/** How a snapshot becomes the workspace's rows and letters tree, without a database. */
class WorkspaceDataTest {

    private static final Body TRUST = new Body(10, "Trust Board");
    private static final Body QUIET = new Body(20, "A body with no letters");
    private static final Meeting SEPTEMBER = new Meeting(100, 10, "Board", Optional.of(LocalDate.of(2026, 9, 17)));
    private static final Meeting MAY = new Meeting(101, 10, "Board", Optional.of(LocalDate.of(2026, 5, 14)));

    /** Written in this order: the October reply (September meeting), the June reply (May meeting), two undated. */
    private static final Letter OCTOBER = Rows.letter(1, "October reply", Optional.of(LocalDate.of(2026, 10, 12)),
            Optional.of(10L), Optional.of(100L));
    private static final Letter JUNE = Rows.letter(2, "June reply", Optional.of(LocalDate.of(2026, 6, 1)),
            Optional.of(10L), Optional.of(101L));
    private static final Letter FOI = Rows.letter(3, "FOI answer", Optional.empty(), Optional.of(10L), Optional.empty());
    private static final Letter BLOG = Rows.letter(4, "A blog reply", Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final List<Item> ITEMS = List.of(
            Rows.item(11, 1, "1", 0, "Pay", Optional.of("Review"), Stance.DISPUTE, "No"),
            Rows.item(12, 1, "2", 1, "Posts", Optional.of("No money"), Stance.DISPUTE, "No"),
            Rows.item(21, 2, "1", 0, "Supervision", Optional.of("Monthly"), Stance.AGREE, ""),
            Rows.item(31, 3, "1", 1, "Adverts (second)", Optional.empty(), Stance.UNDECIDED, ""),
            Rows.item(32, 3, "a", 0, "Adverts (first)", Optional.empty(), Stance.DISPUTE, ""),
            Rows.item(41, 4, "1", 0, "Stories", Optional.empty(), Stance.UNANSWERED, ""));

    private final CaseSnapshot snapshot = new CaseSnapshot(
            new Codebook(List.of(Rows.PAY, Rows.PEER), List.of(Rows.DEFLECTION)),
            List.of(TRUST, QUIET), List.of(SEPTEMBER, MAY), List.of(BLOG, FOI, OCTOBER, JUNE), ITEMS,
            List.of(new ItemTag(11, "pay", TagState.CONFIRMED), new ItemTag(11, "peer-roles", TagState.SUGGESTED),
                    new ItemTag(21, "peer-roles", TagState.CONFIRMED), new ItemTag(21, "gone", TagState.CONFIRMED)),
            List.of(new ItemTag(11, "deflection", TagState.CONFIRMED), new ItemTag(12, "deflection", TagState.REJECTED)),
            List.of(new Note(1, 11, "Ask about back pay", Instant.parse("2026-10-20T10:00:00Z")),
                    new Note(2, 11, "And the rate", Instant.parse("2026-10-21T10:00:00Z"))),
            List.of(commitment(1, 1, Optional.of(11L), CommitmentStatus.OPEN),
                    commitment(2, 1, Optional.of(11L), CommitmentStatus.KEPT),
                    commitment(3, 1, Optional.empty(), CommitmentStatus.OPEN),
                    commitment(4, 2, Optional.of(21L), CommitmentStatus.BROKEN),
                    commitment(5, 4, Optional.empty(), CommitmentStatus.OPEN),
                    commitment(6, 1, Optional.of(11L), CommitmentStatus.SUGGESTED),
                    commitment(7, 1, Optional.of(11L), CommitmentStatus.REJECTED)),
            List.of());

    private final WorkspaceData data = WorkspaceData.of(snapshot, Rows.LABELS);

    private static Commitment commitment(long id, long letterId, Optional<Long> itemId, CommitmentStatus status) {
        return new Commitment(id, letterId, itemId.isPresent() ? CommitmentSource.ITEM : CommitmentSource.INTRO, itemId,
                "Promise " + id, "", Optional.empty(), status, List.of());
    }

    @Test
    void rowsFollowTheLettersDatesThenUndatedByTitleThenTheItemsOrder() {
        assertThat(data.rows()).extracting(ItemRow::id).containsExactly(21L, 11L, 12L, 41L, 32L, 31L);
    }

    @Test
    void aRowCarriesItsConfirmedTagsAndItsCounts() {
        ItemRow pay = data.row(11).orElseThrow();

        assertThat(pay.letter()).isEqualTo(OCTOBER);
        assertThat(pay.themes()).containsExactly(Rows.PAY);
        assertThat(pay.responseTypes()).containsExactly(Rows.DEFLECTION);
        assertThat(pay.commitments()).as("suggested and rejected commitments are not counted").isEqualTo(2);
        assertThat(pay.notes()).isEqualTo(2);
        assertThat(data.row(12).orElseThrow().responseTypes()).as("a rejected tag is not shown").isEmpty();
        assertThat(data.row(21).orElseThrow().themes()).as("a tag of a theme not in the codebook is left out")
                .containsExactly(Rows.PEER);
        assertThat(data.row(99)).isEmpty();
    }

    @Test
    void notesAndCommitmentsAreFoundByItem() {
        assertThat(data.notes(11)).extracting(Note::id).containsExactly(1L, 2L);
        assertThat(data.notes(12)).isEmpty();
        assertThat(data.commitments(11)).as("only commitments in the register").extracting(Commitment::id)
                .containsExactly(1L, 2L);
        assertThat(data.commitments(21)).extracting(Commitment::id).containsExactly(4L);
        assertThat(data.themes()).containsExactly(Rows.PAY, Rows.PEER);
        assertThat(data.responseTypes()).containsExactly(Rows.DEFLECTION);
    }

    @Test
    void treeHoldsMeetingsByDateThenLettersWithoutAMeetingUnderTheirBodyThenLettersWithNoBody() {
        LetterNode all = data.tree();

        assertThat(outline(all, "", new ArrayList<>())).containsExactly(
                "All letters",
                "  Trust Board",
                "    Board 2026-05-14",
                "      June reply",
                "    Board 2026-09-17",
                "      October reply",
                "    FOI answer",
                "  No body given",
                "    A blog reply");
    }

    private static List<String> outline(LetterNode node, String indent, List<String> into) {
        into.add(indent + node.label());
        node.children().forEach(child -> outline(child, indent + "  ", into));
        return into;
    }

    @Test
    void eachNodeCountsItsItemsDisputesAndOpenCommitmentsIncludingThoseOfTheLetterItself() {
        LetterNode all = data.tree();
        LetterNode trust = all.children().get(0);
        LetterNode september = trust.children().get(1);
        LetterNode foi = trust.children().get(2);
        LetterNode noBody = all.children().get(1);

        assertThat(counts(all)).containsExactly(6, 3, 3);
        assertThat(counts(trust)).containsExactly(5, 3, 2);
        assertThat(counts(september)).containsExactly(2, 2, 2);
        assertThat(counts(september.children().get(0))).containsExactly(2, 2, 2);
        assertThat(counts(foi)).containsExactly(2, 1, 0);
        assertThat(counts(noBody)).containsExactly(1, 0, 1);
    }

    private static List<Integer> counts(LetterNode node) {
        return List.of(node.items(), node.disputed(), node.openCommitments());
    }

    @Test
    void eachNodesScopeShowsExactlyTheItemsItCounts() {
        for (LetterNode node : flatten(data.tree(), new ArrayList<>())) {
            List<ItemRow> shown = data.rows().stream().filter(ItemFilter.NONE.withScope(node.scope()).predicate())
                    .toList();

            assertThat(shown).as(node.label()).hasSize(node.items());
        }
    }

    @Test
    void theNoBodyNodeShowsTheLettersWithNoBody() {
        LetterNode noBody = data.tree().children().get(1);

        List<ItemRow> shown = data.rows().stream().filter(ItemFilter.NONE.withScope(noBody.scope()).predicate()).toList();

        assertThat(shown).extracting(ItemRow::id).containsExactly(41L);
    }

    private static List<LetterNode> flatten(LetterNode node, List<LetterNode> into) {
        into.add(node);
        node.children().forEach(child -> flatten(child, into));
        return into;
    }

    @Test
    void anEmptyCaseHasAnEmptyTreeUnderAllLetters() {
        CaseSnapshot empty = new CaseSnapshot(new Codebook(List.<Theme>of(), List.of()), List.of(TRUST), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        WorkspaceData none = WorkspaceData.of(empty, Rows.LABELS);

        assertThat(none.rows()).isEmpty();
        assertThat(none.tree().label()).isEqualTo("All letters");
        assertThat(none.tree().children()).isEmpty();
        assertThat(counts(none.tree())).containsExactly(0, 0, 0);
        assertThat(WorkspaceData.EMPTY.rows()).isEmpty();
        assertThat(WorkspaceData.EMPTY.themes()).isEmpty();
        assertThat(WorkspaceData.EMPTY.notes(11)).isEmpty();
    }

    @Test
    void aLetterThatCameAttachedIsLinkedToItsEmailBothWays() {
        Letter annex = new Letter(5, "Annex", Optional.empty(), "", "", Optional.of(10L), Optional.of(100L),
                Optional.of(new org.casebook.domain.SourceFile("annex.pdf", "application/pdf", "b".repeat(64))),
                "", "", "", Optional.of(1L));
        List<Letter> letters = new ArrayList<>(snapshot.letters());
        letters.add(annex);
        WorkspaceData withAnnex = WorkspaceData.of(new CaseSnapshot(snapshot.codebook(), snapshot.bodies(),
                snapshot.meetings(), letters, snapshot.items(), snapshot.itemThemes(), snapshot.itemResponseTypes(),
                snapshot.notes(), snapshot.commitments(), snapshot.threads()), Rows.LABELS);

        assertThat(withAnnex.links(5)).isEqualTo(new LetterLinks(Optional.of("October reply"), List.of()));
        assertThat(withAnnex.links(1)).isEqualTo(new LetterLinks(Optional.empty(), List.of("annex.pdf")));
        assertThat(withAnnex.links(2)).isEqualTo(LetterLinks.NONE);
        assertThat(WorkspaceData.EMPTY.links(1)).isEqualTo(LetterLinks.NONE);
    }
}
