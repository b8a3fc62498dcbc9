package org.casebook.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Note;
import org.casebook.domain.Stance;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.casebook.domain.TextSpan;

/** Items of letters, with their tags, stance and notes. */
public final class ItemRepository {

    /**
     * The text columns are CLOBs; read as such, H2 makes a LOB reference for every value of every row and writes it
     * to the store, which was most of an export's time. Cast, they come back as strings (up to H2's 10^9 characters).
     */
    static final String COLUMNS = "id, letter_id, parent_id, label, path, sort_order, "
            + Sql.text("concern") + ", " + Sql.text("response") + ", "
            + "concern_start, concern_end, response_start, response_end, stance, " + Sql.text("stance_rationale");

    private final Sql sql;

    ItemRepository(Sql sql) {
        this.sql = sql;
    }

    public List<Item> all() {
        return sql.query("SELECT " + COLUMNS + " FROM item ORDER BY letter_id, sort_order", ItemRepository::map);
    }

    public List<Item> ofLetter(long letterId) {
        return sql.query("SELECT " + COLUMNS + " FROM item WHERE letter_id = ? ORDER BY sort_order",
                ItemRepository::map, letterId);
    }

    public Optional<Item> byId(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM item WHERE id = ?", ItemRepository::map, id);
    }

    /** Stores a new item (its id is ignored; its parent must be stored already) and returns it with its id. */
    public Item add(Item item) {
        long id = sql.insert("INSERT INTO item (letter_id, parent_id, label, path, sort_order, concern, response, "
                        + "concern_start, concern_end, response_start, response_end, stance, stance_rationale) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                item.letterId(), item.parentId(), item.label(), item.path(), item.order(), item.concern(),
                item.response(), item.concernSpan().map(TextSpan::start), item.concernSpan().map(TextSpan::end),
                item.responseSpan().map(TextSpan::start), item.responseSpan().map(TextSpan::end),
                item.stance().code(), item.stanceRationale());
        return new Item(id, item.letterId(), item.parentId(), item.label(), item.path(), item.order(), item.concern(),
                item.response(), item.concernSpan(), item.responseSpan(), item.stance(), item.stanceRationale());
    }

    public void setStance(long itemId, Stance stance, String rationale) {
        requireOne(sql.update("UPDATE item SET stance = ?, stance_rationale = ? WHERE id = ?",
                stance.code(), rationale, itemId), itemId);
    }

    public List<ItemTag> themes() {
        return sql.query("SELECT item_id, theme_id, state, rule, matched FROM item_theme ORDER BY item_id, theme_id",
                row -> tag(row, "theme_id"));
    }

    public List<ItemTag> responseTypes() {
        return sql.query("SELECT item_id, response_type_id, state, rule, matched FROM item_response_type "
                + "ORDER BY item_id, response_type_id", row -> tag(row, "response_type_id"));
    }

    /** The theme tags on the items of one letter, in every state. */
    public List<ItemTag> themesOfLetter(long letterId) {
        return sql.query("SELECT t.item_id, t.theme_id, t.state, t.rule, t.matched FROM item_theme t "
                        + "JOIN item i ON i.id = t.item_id WHERE i.letter_id = ? ORDER BY t.item_id, t.theme_id",
                row -> tag(row, "theme_id"), letterId);
    }

    /** The response-type tags on the items of one letter, in every state. */
    public List<ItemTag> responseTypesOfLetter(long letterId) {
        return sql.query("SELECT t.item_id, t.response_type_id, t.state, t.rule, t.matched FROM item_response_type t "
                        + "JOIN item i ON i.id = t.item_id WHERE i.letter_id = ? ORDER BY t.item_id, t.response_type_id",
                row -> tag(row, "response_type_id"), letterId);
    }

    /**
     * Puts a theme on an item in the tag's state. A tag without evidence keeps the evidence already stored, so that
     * accepting a suggestion (or undoing that) never loses why it was made.
     */
    public void setTheme(ItemTag tag) {
        setTag("item_theme", "theme_id", tag);
    }

    public void removeTheme(long itemId, String themeId) {
        sql.update("DELETE FROM item_theme WHERE item_id = ? AND theme_id = ?", itemId, themeId);
    }

    /** Puts a response type on an item; evidence is kept as with {@link #setTheme}. */
    public void setResponseType(ItemTag tag) {
        setTag("item_response_type", "response_type_id", tag);
    }

    public void removeResponseType(long itemId, String responseTypeId) {
        sql.update("DELETE FROM item_response_type WHERE item_id = ? AND response_type_id = ?", itemId, responseTypeId);
    }

    /** Takes off every theme and response type still only suggested on the items of one letter. */
    public void removeSuggestedTagsOfLetter(long letterId) {
        for (String table : List.of("item_theme", "item_response_type")) {
            sql.update("DELETE FROM " + table + " WHERE state = ? AND item_id IN (SELECT id FROM item WHERE letter_id = ?)",
                    TagState.SUGGESTED.code(), letterId);
        }
    }

    private void setTag(String table, String codeColumn, ItemTag tag) {
        Optional<String> rule = tag.evidence().map(SuggestionEvidence::rule);
        Optional<String> matched = tag.evidence().map(SuggestionEvidence::matched);
        int updated = sql.update("UPDATE " + table + " SET state = ?, rule = COALESCE(?, rule), "
                        + "matched = COALESCE(?, matched) WHERE item_id = ? AND " + codeColumn + " = ?",
                tag.state().code(), rule, matched, tag.itemId(), tag.codeId());
        if (updated == 0) {
            sql.update("INSERT INTO " + table + " (item_id, " + codeColumn + ", state, rule, matched) VALUES (?, ?, ?, ?, ?)",
                    tag.itemId(), tag.codeId(), tag.state().code(), rule, matched);
        }
    }

    /** An item's concern and where it is, without the rest: what comparing every concern of a case needs. */
    public record ConcernRow(long itemId, long letterId, String concern) {
    }

    /** Every item's concern, as {@link #all()} orders the items, reading nothing else. */
    public List<ConcernRow> concerns() {
        return sql.query("SELECT id, letter_id, " + Sql.text("concern") + " FROM item ORDER BY letter_id, sort_order",
                row -> new ConcernRow(row.getLong(1), row.getLong(2), row.getString(3)));
    }

    /** The items of the letters {@code letterIds}, by letter and place, as {@link #all()} orders them. */
    public List<Item> ofLetters(Long[] letterIds) {
        return sql.query("SELECT " + COLUMNS + " FROM item WHERE letter_id = ANY(?) ORDER BY letter_id, sort_order",
                ItemRepository::map, (Object) letterIds);
    }

    /** The items {@code itemIds}, by letter and place. */
    public List<Item> byIds(Long[] itemIds) {
        return sql.query("SELECT " + COLUMNS + " FROM item WHERE id = ANY(?) ORDER BY letter_id, sort_order",
                ItemRepository::map, (Object) itemIds);
    }

    /** The theme tags on the items of the letters {@code letterIds}, in every state, as {@link #themes()} orders them. */
    public List<ItemTag> themesOfLetters(Long[] letterIds) {
        return tagsOfLetters("item_theme", "theme_id", letterIds);
    }

    /** The response-type tags on the items of the letters {@code letterIds}, in every state. */
    public List<ItemTag> responseTypesOfLetters(Long[] letterIds) {
        return tagsOfLetters("item_response_type", "response_type_id", letterIds);
    }

    private List<ItemTag> tagsOfLetters(String table, String codeColumn, Long[] letterIds) {
        return sql.query("SELECT t.item_id, t." + codeColumn + ", t.state, t.rule, t.matched FROM " + table + " t "
                        + "JOIN item i ON i.id = t.item_id WHERE i.letter_id = ANY(?) ORDER BY t.item_id, t." + codeColumn,
                row -> tag(row, codeColumn), (Object) letterIds);
    }

    /** The notes on the items of the letters {@code letterIds}, as {@link #notes()} orders them. */
    public List<Note> notesOfLetters(Long[] letterIds) {
        return sql.query("SELECT n.id, n.item_id, " + Sql.text("n.text", "text") + ", n.created_at FROM note n JOIN item i ON i.id = n.item_id "
                + "WHERE i.letter_id = ANY(?) ORDER BY n.item_id, n.created_at, n.id", ItemRepository::note,
                (Object) letterIds);
    }

    public List<Note> notes() {
        return sql.query("SELECT id, item_id, " + Sql.text("text") + ", created_at FROM note ORDER BY item_id, created_at, id",
                ItemRepository::note);
    }

    static Note note(ResultSet row) throws SQLException {
        return new Note(row.getLong("id"), row.getLong("item_id"), row.getString("text"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    public Note addNote(long itemId, String text, Instant created) {
        long id = sql.insert("INSERT INTO note (item_id, text, created_at) VALUES (?, ?, ?)",
                itemId, text, created.atOffset(ZoneOffset.UTC));
        return new Note(id, itemId, text, created);
    }

    /** One theme on one item, with its state and evidence; empty when the item does not carry it at all. */
    public Optional<ItemTag> themeTag(long itemId, String themeId) {
        return sql.queryOne("SELECT item_id, theme_id, state, rule, matched FROM item_theme "
                + "WHERE item_id = ? AND theme_id = ?", row -> tag(row, "theme_id"), itemId, themeId);
    }

    /** One response type on one item, with its state and evidence; empty when the item does not carry it. */
    public Optional<ItemTag> responseTypeTag(long itemId, String responseTypeId) {
        return sql.queryOne("SELECT item_id, response_type_id, state, rule, matched FROM item_response_type "
                        + "WHERE item_id = ? AND response_type_id = ?", row -> tag(row, "response_type_id"),
                itemId, responseTypeId);
    }

    /** The state of one theme on one item; empty when the item does not carry it at all. */
    public Optional<TagState> themeState(long itemId, String themeId) {
        return sql.queryOne("SELECT state FROM item_theme WHERE item_id = ? AND theme_id = ?",
                row -> TagState.fromCode(row.getString("state")).orElseThrow(), itemId, themeId);
    }

    /** The state of one response type on one item; empty when the item does not carry it at all. */
    public Optional<TagState> responseTypeState(long itemId, String responseTypeId) {
        return sql.queryOne("SELECT state FROM item_response_type WHERE item_id = ? AND response_type_id = ?",
                row -> TagState.fromCode(row.getString("state")).orElseThrow(), itemId, responseTypeId);
    }

    public Optional<Note> note(long noteId) {
        return sql.queryOne("SELECT id, item_id, " + Sql.text("text") + ", created_at FROM note WHERE id = ?", ItemRepository::note, noteId);
    }

    public void updateNote(long noteId, String text) {
        if (sql.update("UPDATE note SET text = ? WHERE id = ?", text, noteId) != 1) {
            throw new IllegalArgumentException("No note with id " + noteId);
        }
    }

    public void deleteNote(long noteId) {
        sql.update("DELETE FROM note WHERE id = ?", noteId);
    }

    /** Puts a deleted note back with its old id, so that undoing a delete gives back exactly what was there. */
    public void restoreNote(Note note) {
        sql.update("INSERT INTO note (id, item_id, text, created_at) VALUES (?, ?, ?, ?)",
                note.id(), note.itemId(), note.text(), note.created().atOffset(ZoneOffset.UTC));
    }

    public long count() {
        return sql.queryLong("SELECT COUNT(*) FROM item");
    }

    private static void requireOne(int updated, long itemId) {
        if (updated != 1) {
            throw new IllegalArgumentException("No item with id " + itemId);
        }
    }

    private static ItemTag tag(ResultSet row, String codeColumn) throws SQLException {
        return new ItemTag(row.getLong("item_id"), row.getString(codeColumn),
                TagState.fromCode(row.getString("state")).orElseThrow(), Sql.evidence(row));
    }

    static Item map(ResultSet row) throws SQLException {
        return new Item(row.getLong("id"), row.getLong("letter_id"), Sql.optionalLong(row, "parent_id"),
                row.getString("label"), row.getString("path"), row.getInt("sort_order"), row.getString("concern"),
                Optional.ofNullable(row.getString("response")), span(row, "concern"), span(row, "response"),
                Stance.fromCode(row.getString("stance")).orElseThrow(), row.getString("stance_rationale"));
    }

    private static Optional<TextSpan> span(ResultSet row, String prefix) throws SQLException {
        Optional<Integer> start = Sql.optionalInt(row, prefix + "_start");
        Optional<Integer> end = Sql.optionalInt(row, prefix + "_end");
        return start.isPresent() && end.isPresent() ? Optional.of(new TextSpan(start.get(), end.get())) : Optional.empty();
    }
}
