package org.casebook.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Letter;
import org.casebook.domain.SourceFile;

/**
 * Letters of the case. Deleting a letter deletes its items, tags, notes and commitments with it, and the letters
 * that came attached to it (when it is an e-mail).
 */
public final class LetterRepository {

    /** The CLOB columns read as strings; see {@link ItemRepository#COLUMNS}. */
    static final String COLUMNS = "id, title, letter_date, sender, recipient, body_id, meeting_id, "
            + "source_file_name, source_media_type, source_sha256, " + Sql.text("intro") + ", " + Sql.text("closing")
            + ", " + Sql.text("full_text") + ", attached_to";

    private final Sql sql;

    LetterRepository(Sql sql) {
        this.sql = sql;
    }

    public List<Letter> all() {
        return sql.query("SELECT " + COLUMNS + " FROM letter ORDER BY letter_date, id", LetterRepository::map);
    }

    /** Every letter's id, in the order of {@link #all()}: to read the letters a few at a time. */
    public List<Long> idsInOrder() {
        return sql.query("SELECT id FROM letter ORDER BY letter_date, id", row -> row.getLong(1));
    }

    /** The letters {@code ids}, in the order of {@link #all()}. */
    public List<Letter> byIds(Long[] ids) {
        return sql.query("SELECT " + COLUMNS + " FROM letter WHERE id = ANY(?) ORDER BY letter_date, id",
                LetterRepository::map, (Object) ids);
    }

    public Optional<Letter> byId(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM letter WHERE id = ?", LetterRepository::map, id);
    }

    /** The letter imported from a file with these bytes, if any. */
    public Optional<Letter> bySha256(String sha256) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM letter WHERE source_sha256 = ? ORDER BY id",
                LetterRepository::map, sha256);
    }

    /** The letters that came attached to the e-mail letter {@code letterId}, in the order they were stored. */
    public List<Letter> attachmentsOf(long letterId) {
        return sql.query("SELECT " + COLUMNS + " FROM letter WHERE attached_to = ? ORDER BY id",
                LetterRepository::map, letterId);
    }

    /** Stores a new letter (its id is ignored) and returns it with the id it was given. */
    public Letter add(Letter letter) {
        long id = sql.insert("INSERT INTO letter (title, letter_date, sender, recipient, body_id, meeting_id, "
                        + "source_file_name, source_media_type, source_sha256, intro, closing, full_text, attached_to) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                letter.title(), letter.date(), letter.from(), letter.to(), letter.bodyId(), letter.meetingId(),
                letter.source().map(SourceFile::fileName), letter.source().map(SourceFile::mediaType),
                letter.source().map(SourceFile::sha256), letter.intro(), letter.closing(), letter.fullText(),
                letter.attachedTo());
        return letter.withId(id);
    }

    /** Deletes the letter and everything that hangs on it, its attached letters included. */
    public void delete(long id) {
        sql.update("DELETE FROM letter WHERE id = ?", id);
    }

    public long count() {
        return sql.queryLong("SELECT COUNT(*) FROM letter");
    }

    static Letter map(ResultSet row) throws SQLException {
        String fileName = row.getString("source_file_name");
        Optional<SourceFile> source = fileName == null ? Optional.empty()
                : Optional.of(new SourceFile(fileName, row.getString("source_media_type"), row.getString("source_sha256")));
        return new Letter(row.getLong("id"), row.getString("title"), Sql.optionalDate(row, "letter_date"),
                row.getString("sender"), row.getString("recipient"), Sql.optionalLong(row, "body_id"),
                Sql.optionalLong(row, "meeting_id"), source, row.getString("intro"), row.getString("closing"),
                row.getString("full_text"), Sql.optionalLong(row, "attached_to"));
    }
}
