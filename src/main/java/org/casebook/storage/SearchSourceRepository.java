package org.casebook.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Note;
import org.casebook.domain.search.LetterContent;
import org.casebook.domain.search.LetterContent.AnswerText;
import org.casebook.domain.search.LetterContent.CommitmentText;

/**
 * What the search index is built from: the queue of letters changed since the index last took them in (schema 7,
 * ADR 23), and the words and filters of a batch of letters, read with a handful of queries whatever the batch's size.
 */
public final class SearchSourceRepository {

    private static final String IN_LETTERS = " = ANY(?)";

    private final Sql sql;
    private final ItemRepository items;

    SearchSourceRepository(Sql sql, ItemRepository items) {
        this.sql = sql;
        this.items = items;
    }

    /** The number of the newest entry on the queue, or 0 when it is empty. */
    public long lastQueued() {
        return sql.queryLong("SELECT COALESCE(MAX(seq), 0) FROM search_queue");
    }

    /** The letters changed after queue entry {@code seq}, once each. */
    public Set<Long> changedAfter(long seq) {
        return new LinkedHashSet<>(sql.query("SELECT letter_id FROM search_queue WHERE seq > ? ORDER BY seq",
                row -> row.getLong(1), seq));
    }

    /** Forgets the queue up to {@code seq}, once the index holds those changes safely. */
    public void clearUpTo(long seq) {
        sql.update("DELETE FROM search_queue WHERE seq <= ?", seq);
    }

    /** Every letter's id, in order. */
    public List<Long> letterIds() {
        return sql.query("SELECT id FROM letter ORDER BY id", row -> row.getLong(1));
    }

    /** The content of those of {@code letterIds} that exist, in the order of their ids. */
    public List<LetterContent> contents(Collection<Long> letterIds) {
        if (letterIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = letterIds.toArray(Long[]::new);
        List<Letter> letters = sql.query("SELECT " + LetterRepository.COLUMNS + " FROM letter WHERE id" + IN_LETTERS
                + " ORDER BY id", LetterRepository::map, (Object) ids);
        Map<Long, Place> places = new HashMap<>();
        sql.query("SELECT l.id, b.name AS body, m.name AS meeting, m.meeting_date FROM letter l "
                        + "LEFT JOIN body b ON b.id = l.body_id LEFT JOIN meeting m ON m.id = l.meeting_id "
                        + "WHERE l.id" + IN_LETTERS,
                row -> places.put(row.getLong(1), new Place(Optional.ofNullable(row.getString("body")),
                        Optional.ofNullable(row.getString("meeting")), Sql.optionalDate(row, "meeting_date"))),
                (Object) ids);
        Map<Long, List<Item>> items = group(this.items.ofLetters(ids), Item::letterId);
        Map<Long, Long> letterOfItem = new HashMap<>();
        items.values().forEach(list -> list.forEach(i -> letterOfItem.put(i.id(), i.letterId())));
        Map<Long, List<String>> themes = codes("item_theme", "theme_id", ids);
        Map<Long, List<String>> types = codes("item_response_type", "response_type_id", ids);
        Map<Long, List<Note>> notes = group(sql.query("SELECT n.id, n.item_id, " + Sql.text("n.text", "text") + ", n.created_at FROM note n "
                + "JOIN item i ON i.id = n.item_id WHERE i.letter_id" + IN_LETTERS + " ORDER BY n.id",
                ItemRepository::note, (Object) ids), n -> letterOfItem.get(n.itemId()));
        Map<Long, List<CommitmentText>> commitments = new HashMap<>();
        sql.query("SELECT id, letter_id, item_id, text, owner, status FROM commitment WHERE letter_id" + IN_LETTERS
                        + " AND status NOT IN ('suggested', 'rejected') ORDER BY id",
                row -> commitments.computeIfAbsent(row.getLong("letter_id"), k -> new ArrayList<>())
                        .add(new CommitmentText(row.getLong("id"), Sql.optionalLong(row, "item_id"),
                                row.getString("text"), row.getString("owner"), row.getString("status"))),
                (Object) ids);
        Map<Long, List<AnswerText>> answers = new HashMap<>();
        sql.query("SELECT a.item_id, i.letter_id, c.title, a.question, q.text, a.kind, a.exemption FROM foi_answer a "
                        + "JOIN item i ON i.id = a.item_id JOIN foi_request r ON r.id = a.request_id "
                        + "JOIN campaign c ON c.id = r.campaign_id "
                        + "LEFT JOIN campaign_question q ON q.campaign_id = c.id AND q.number = a.question "
                        + "WHERE i.letter_id" + IN_LETTERS + " ORDER BY a.request_id, a.question",
                row -> answers.computeIfAbsent(row.getLong("letter_id"), k -> new ArrayList<>())
                        .add(new AnswerText(row.getLong("item_id"), row.getString("title"), row.getInt("question"),
                                Optional.ofNullable(row.getString(5)).orElse(""), row.getString("kind"),
                                Optional.ofNullable(row.getString("exemption")))),
                (Object) ids);
        List<LetterContent> contents = new ArrayList<>(letters.size());
        for (Letter letter : letters) {
            Place place = places.getOrDefault(letter.id(), Place.NONE);
            List<Item> ofLetter = items.getOrDefault(letter.id(), List.of());
            contents.add(new LetterContent(letter, place.body(), place.meeting(), place.date(), ofLetter,
                    only(themes, ofLetter), only(types, ofLetter), notes.getOrDefault(letter.id(), List.of()),
                    commitments.getOrDefault(letter.id(), List.of()), answers.getOrDefault(letter.id(), List.of())));
        }
        return contents;
    }

    /** The confirmed codes of the letters' items, by item. */
    private Map<Long, List<String>> codes(String table, String column, Long[] ids) {
        Map<Long, List<String>> codes = new HashMap<>();
        sql.query("SELECT t.item_id, t." + column + " FROM " + table + " t JOIN item i ON i.id = t.item_id "
                        + "WHERE i.letter_id" + IN_LETTERS + " AND t.state = 'confirmed' ORDER BY t.item_id, t." + column,
                row -> codes.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2)),
                (Object) ids);
        return codes;
    }

    private static Map<Long, List<String>> only(Map<Long, List<String>> codes, List<Item> items) {
        Map<Long, List<String>> of = new HashMap<>();
        for (Item item : items) {
            List<String> these = codes.get(item.id());
            if (these != null) {
                of.put(item.id(), these);
            }
        }
        return of;
    }

    private static <T> Map<Long, List<T>> group(List<T> values, java.util.function.Function<T, Long> key) {
        Map<Long, List<T>> groups = new HashMap<>();
        values.forEach(v -> groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v));
        return groups;
    }

    private record Place(Optional<String> body, Optional<String> meeting, Optional<LocalDate> date) {
        static final Place NONE = new Place(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
