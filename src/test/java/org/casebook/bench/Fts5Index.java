package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Note;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.LetterContent;

/**
 * The same documents as the Lucene index (one per letter, item, note and commitment, with the same words as its
 * {@code all} field), in one SQLite FTS5 table with the filters beside it as unindexed columns: what the benchmark
 * measures Lucene against.
 */
final class Fts5Index implements AutoCloseable {

    /** One document as FTS5 gets it. */
    record Doc(String text, HitKind kind, Optional<String> stance, Optional<Long> bodyId, long letterId) {
    }

    /** A query's FTS5 form with at most one filter column and its value. */
    record Fts5Query(String match, Optional<String> column, Optional<Object> value) {
    }

    /** What a search found: the total, the rows returned and the snippets' length (so nothing is optimised away). */
    record Found(long total, int rows, int snippetChars) {
    }

    private final Path file;
    private final Connection connection;
    private PreparedStatement insert;

    private Fts5Index(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static Fts5Index create(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("CREATE VIRTUAL TABLE docs USING fts5(text, kind UNINDEXED, stance UNINDEXED, "
                    + "body_id UNINDEXED, letter_id UNINDEXED, tokenize='porter unicode61')");
        }
        connection.setAutoCommit(false);
        Fts5Index index = new Fts5Index(file, connection);
        index.insert = connection.prepareStatement(
                "INSERT INTO docs (text, kind, stance, body_id, letter_id) VALUES (?, ?, ?, ?, ?)");
        return index;
    }

    void add(List<Doc> docs) throws SQLException {
        for (Doc d : docs) {
            insert.setString(1, d.text());
            insert.setString(2, d.kind().key());
            insert.setString(3, d.stance().orElse(null));
            insert.setObject(4, d.bodyId().orElse(null));
            insert.setLong(5, d.letterId());
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /** Commits what was added and merges the index's segments into one, as a finished build would. */
    void finish() throws SQLException {
        insert.close();
        connection.commit();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO docs(docs) VALUES('optimize')");
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    long sizeBytes() throws Exception {
        return Files.size(file);
    }

    long documents() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM docs")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The top 20 by rank with a snippet each, and the exact count: the work Lucene's search does too. */
    Found search(Fts5Query query, int limit) throws SQLException {
        String filter = query.column().map(c -> " AND " + c + " = ?").orElse("");
        int snippetChars = 0;
        int rows = 0;
        try (PreparedStatement top = connection.prepareStatement("SELECT rowid, letter_id, kind, "
                + "snippet(docs, 0, '[', ']', '…', 24) FROM docs WHERE docs MATCH ?" + filter
                + " ORDER BY rank LIMIT " + limit)) {
            bind(top, query);
            try (ResultSet found = top.executeQuery()) {
                while (found.next()) {
                    rows++;
                    snippetChars += found.getString(4).length();
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM docs WHERE docs MATCH ?" + filter)) {
            bind(count, query);
            try (ResultSet total = count.executeQuery()) {
                total.next();
                return new Found(total.getLong(1), rows, snippetChars);
            }
        }
    }

    private static void bind(PreparedStatement statement, Fts5Query query) throws SQLException {
        statement.setString(1, query.match());
        if (query.value().isPresent()) {
            statement.setObject(2, query.value().get());
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** A letter's documents with the words Lucene's {@code Documents} puts in the {@code all} field of each. */
    static List<Doc> documents(LetterContent content) {
        List<Doc> docs = new ArrayList<>();
        var letter = content.letter();
        Optional<Long> body = letter.bodyId();
        docs.add(new Doc(joined(letter.title(), letter.from(), letter.to(), content.bodyName().orElse(""),
                content.meetingName().orElse(""), letter.fullText()), HitKind.LETTER, Optional.empty(), body,
                letter.id()));
        java.util.Map<Long, Item> items = new java.util.HashMap<>();
        java.util.Map<Long, LetterContent.AnswerText> answers = new java.util.HashMap<>();
        content.answers().forEach(a -> answers.putIfAbsent(a.itemId(), a));
        for (Item item : content.items()) {
            items.put(item.id(), item);
            LetterContent.AnswerText answer = answers.get(item.id());
            String text = answer == null
                    ? joined(item.concern(), item.response().orElse(""), item.stanceRationale())
                    : joined(answer.questionText(), item.response().orElse(""), item.stanceRationale(),
                    answer.campaignTitle());
            docs.add(new Doc(text, answer == null ? HitKind.ITEM : HitKind.FOI_ANSWER, Optional.of(item.stance().code()),
                    body, letter.id()));
        }
        for (Note note : content.notes()) {
            docs.add(new Doc(note.text(), HitKind.NOTE, stanceOf(items.get(note.itemId())), body, letter.id()));
        }
        for (LetterContent.CommitmentText c : content.commitments()) {
            docs.add(new Doc(joined(c.text(), c.owner()), HitKind.COMMITMENT,
                    stanceOf(c.itemId().map(items::get).orElse(null)), body, letter.id()));
        }
        return docs;
    }

    private static Optional<String> stanceOf(Item item) {
        return item == null ? Optional.empty() : Optional.of(item.stance().code());
    }

    private static String joined(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return String.join("\n", kept);
    }
}
