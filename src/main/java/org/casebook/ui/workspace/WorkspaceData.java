package org.casebook.ui.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.ui.workspace.ItemFilter.Scope;

/**
 * The case as the workspace shows it, built from one snapshot: the table's rows, the letters tree with its counts,
 * and each item's notes and commitments. Pure, so the shapes are testable without JavaFX or a database.
 */
final class WorkspaceData {

    /** How tree labels are worded; the view model passes its messages. */
    interface Labels {
        String allLetters();

        String noBody();

        String meeting(Meeting meeting);
    }

    static final WorkspaceData EMPTY = new WorkspaceData(Optional.empty(), List.of(), Map.of(),
            new LetterNode(Scope.ALL, "", 0, 0, 0, List.of()));

    private final Optional<CaseSnapshot> snapshot;
    private final List<ItemRow> rows;
    private final Map<Long, ItemRow> byId;
    private final LetterNode tree;
    private final Map<Long, LetterLinks> links;

    private WorkspaceData(Optional<CaseSnapshot> snapshot, List<ItemRow> rows, Map<Long, ItemRow> byId, LetterNode tree) {
        this.snapshot = snapshot;
        this.rows = rows;
        this.byId = byId;
        this.tree = tree;
        this.links = snapshot.map(s -> LetterLinks.of(s.letters())).orElse(Map.of());
    }

    static WorkspaceData of(CaseSnapshot snapshot, Labels labels) {
        Map<Long, Letter> letters = snapshot.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
        Map<String, Theme> themes = snapshot.codebook().themes().stream()
                .collect(Collectors.toMap(Theme::id, Function.identity()));
        Map<String, ResponseType> types = snapshot.codebook().responseTypes().stream()
                .collect(Collectors.toMap(ResponseType::id, Function.identity()));
        Map<Long, Long> commitmentCounts = snapshot.commitments().stream()
                .filter(c -> c.itemId().isPresent() && c.status().isTracked())
                .collect(Collectors.groupingBy(c -> c.itemId().orElseThrow(), Collectors.counting()));
        Map<Long, Long> suggestedCommitmentCounts = snapshot.commitments().stream()
                .filter(c -> c.itemId().isPresent() && c.status() == CommitmentStatus.SUGGESTED)
                .collect(Collectors.groupingBy(c -> c.itemId().orElseThrow(), Collectors.counting()));
        Map<Long, Long> noteCounts = snapshot.notes().stream()
                .collect(Collectors.groupingBy(Note::itemId, Collectors.counting()));
        // Tags grouped by item once: this runs after every edit, and scanning every tag per item would not scale.
        Map<Long, List<ItemTag>> themeTags = snapshot.itemThemes().stream()
                .collect(Collectors.groupingBy(ItemTag::itemId));
        Map<Long, List<ItemTag>> typeTags = snapshot.itemResponseTypes().stream()
                .collect(Collectors.groupingBy(ItemTag::itemId));
        List<ItemRow> rows = snapshot.items().stream()
                .sorted(Comparator.comparing((Item i) -> letterOrder(letters.get(i.letterId()))).thenComparing(Item::order))
                .map(item -> {
                    List<ItemTag> onThemes = themeTags.getOrDefault(item.id(), List.of());
                    List<ItemTag> onTypes = typeTags.getOrDefault(item.id(), List.of());
                    return new ItemRow(item, letters.get(item.letterId()),
                            codes(onThemes, TagState.CONFIRMED, themes), codes(onTypes, TagState.CONFIRMED, types),
                            commitmentCounts.getOrDefault(item.id(), 0L).intValue(),
                            noteCounts.getOrDefault(item.id(), 0L).intValue(),
                            codes(onThemes, TagState.SUGGESTED, themes), codes(onTypes, TagState.SUGGESTED, types),
                            evidence(onThemes, onTypes),
                            suggestedCommitmentCounts.getOrDefault(item.id(), 0L).intValue());
                })
                .toList();
        Map<Long, ItemRow> byId = rows.stream().collect(Collectors.toMap(ItemRow::id, Function.identity()));
        return new WorkspaceData(Optional.of(snapshot), rows, byId, tree(snapshot, rows, labels));
    }

    /** The codebook entries of the item's tags in one state, in the order the tags were read. */
    private static <T> List<T> codes(List<ItemTag> tags, TagState state, Map<String, T> codebook) {
        return tags.stream().filter(t -> t.state() == state).map(t -> codebook.get(t.codeId()))
                .filter(Objects::nonNull).toList();
    }

    /** The reasons kept with the item's suggestions, keyed "theme ID" and "type ID". */
    private static Map<String, SuggestionEvidence> evidence(List<ItemTag> themeTags, List<ItemTag> typeTags) {
        Map<String, SuggestionEvidence> found = new HashMap<>();
        themeTags.stream().filter(t -> t.state() == TagState.SUGGESTED)
                .forEach(t -> t.evidence().ifPresent(e -> found.put("theme " + t.codeId(), e)));
        typeTags.stream().filter(t -> t.state() == TagState.SUGGESTED)
                .forEach(t -> t.evidence().ifPresent(e -> found.put("type " + t.codeId(), e)));
        return found;
    }

    /** Letters in the order they were written; undated ones after, by title. */
    private static String letterOrder(Letter letter) {
        return letter.date().map(Object::toString).orElse("9999") + " " + letter.title() + " " + letter.id();
    }

    private static LetterNode tree(CaseSnapshot snapshot, List<ItemRow> rows, Labels labels) {
        Map<Long, List<ItemRow>> rowsByLetter = rows.stream().collect(Collectors.groupingBy(r -> r.letter().id()));
        Map<Long, Long> openByLetter = snapshot.commitments().stream()
                .filter(c -> c.status() == CommitmentStatus.OPEN)
                .collect(Collectors.groupingBy(Commitment::letterId, Collectors.counting()));
        List<Letter> letters = snapshot.letters().stream().sorted(Comparator.comparing(WorkspaceData::letterOrder)).toList();
        Function<Letter, LetterNode> letterNode = letter -> node(new Scope(Scope.Kind.LETTER, letter.id()),
                letter.title(), rowsByLetter.getOrDefault(letter.id(), List.of()),
                openByLetter.getOrDefault(letter.id(), 0L).intValue(), List.of());
        Map<Long, Meeting> meetings = snapshot.meetings().stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        List<LetterNode> top = new ArrayList<>();
        for (Body body : snapshot.bodies()) {
            List<Letter> ofBody = letters.stream().filter(l -> l.bodyId().filter(b -> b == body.id()).isPresent()).toList();
            if (!ofBody.isEmpty()) {
                top.add(group(new Scope(Scope.Kind.BODY, body.id()), body.name(),
                        bodyChildren(ofBody, meetings, letterNode, labels)));
            }
        }
        List<Letter> loose = letters.stream().filter(l -> l.bodyId().isEmpty()).toList();
        if (!loose.isEmpty()) {
            top.add(group(Scope.NO_BODY, labels.noBody(), loose.stream().map(letterNode).toList()));
        }
        return group(Scope.ALL, labels.allLetters(), top);
    }

    /** A body's meetings (by date) holding their letters, then the body's letters that belong to no meeting. */
    private static List<LetterNode> bodyChildren(List<Letter> letters, Map<Long, Meeting> meetings,
                                                 Function<Letter, LetterNode> letterNode, Labels labels) {
        Map<Long, List<Letter>> byMeeting = new LinkedHashMap<>();
        letters.stream().filter(l -> l.meetingId().isPresent())
                .sorted(Comparator.comparing(l -> meetings.get(l.meetingId().orElseThrow()).date()
                        .map(Object::toString).orElse("9999")))
                .forEach(l -> byMeeting.computeIfAbsent(l.meetingId().orElseThrow(), k -> new ArrayList<>()).add(l));
        List<LetterNode> children = new ArrayList<>();
        byMeeting.forEach((meetingId, ofMeeting) -> children.add(group(new Scope(Scope.Kind.MEETING, meetingId),
                labels.meeting(meetings.get(meetingId)), ofMeeting.stream().map(letterNode).toList())));
        letters.stream().filter(l -> l.meetingId().isEmpty()).map(letterNode).forEach(children::add);
        return children;
    }

    private static LetterNode group(Scope scope, String label, List<LetterNode> children) {
        return new LetterNode(scope, label, children.stream().mapToInt(LetterNode::items).sum(),
                children.stream().mapToInt(LetterNode::disputed).sum(),
                children.stream().mapToInt(LetterNode::openCommitments).sum(), children);
    }

    private static LetterNode node(Scope scope, String label, List<ItemRow> rows, int open, List<LetterNode> children) {
        int disputed = (int) rows.stream().filter(r -> r.stance() == Stance.DISPUTE).count();
        return new LetterNode(scope, label, rows.size(), disputed, open, children);
    }

    List<ItemRow> rows() {
        return rows;
    }

    LetterNode tree() {
        return tree;
    }

    /** How the letter is tied to an e-mail, if it is. */
    LetterLinks links(long letterId) {
        return links.getOrDefault(letterId, LetterLinks.NONE);
    }

    Optional<ItemRow> row(long itemId) {
        return Optional.ofNullable(byId.get(itemId));
    }

    List<Theme> themes() {
        return snapshot.map(s -> s.codebook().themes()).orElse(List.of());
    }

    List<ResponseType> responseTypes() {
        return snapshot.map(s -> s.codebook().responseTypes()).orElse(List.of());
    }

    List<Note> notes(long itemId) {
        return snapshot.map(s -> s.notes().stream().filter(n -> n.itemId() == itemId).toList()).orElse(List.of());
    }

    /** The item's commitments in the register: not those still suggested, nor rejected ones. */
    /** Commitments Casebook found in the item's response that wait for the member's answer. */
    List<Commitment> suggestedCommitments(long itemId) {
        return snapshot.map(s -> s.commitments().stream()
                .filter(c -> c.status() == CommitmentStatus.SUGGESTED && c.itemId().filter(i -> i == itemId).isPresent())
                .toList()).orElse(List.of());
    }

    List<Commitment> commitments(long itemId) {
        return snapshot.map(s -> s.commitments().stream()
                .filter(c -> c.itemId().filter(i -> i == itemId).isPresent() && c.status().isTracked())
                .toList()).orElse(List.of());
    }
}
