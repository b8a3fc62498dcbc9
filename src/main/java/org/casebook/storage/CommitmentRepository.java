package org.casebook.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.StatusChange;
import org.casebook.domain.SuggestionEvidence;

/** The commitments register, with each commitment's dated status history. */
public final class CommitmentRepository {

    private final Sql sql;

    CommitmentRepository(Sql sql) {
        this.sql = sql;
    }

    public List<Commitment> all() {
        return read("", "");
    }

    /** The commitments of the letters {@code letterIds}, in every status, by letter and id, with their histories. */
    public List<Commitment> ofLetters(Long[] letterIds) {
        return read(" JOIN commitment c ON c.id = h.commitment_id WHERE c.letter_id = ANY(?)",
                " WHERE letter_id = ANY(?)", (Object) letterIds);
    }

    /** Commitments with their histories, the histories narrowed by {@code historyWhere} and the rows by {@code where}. */
    private List<Commitment> read(String historyWhere, String where, Object... params) {
        Map<Long, List<StatusChange>> histories = sql.query(
                        "SELECT h.commitment_id, h.change_date, h.status, h.evidence FROM commitment_status_change h"
                                + historyWhere + " ORDER BY h.change_date, h.id",
                        row -> Map.entry(row.getLong("commitment_id"), new StatusChange(
                                row.getObject("change_date", java.time.LocalDate.class),
                                status(row.getString("status")), row.getString("evidence"))), params)
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return sql.query("SELECT id, letter_id, source, item_id, text, owner, due, status, rule, matched FROM commitment"
                + where + " ORDER BY letter_id, id", row -> map(row, histories), params);
    }

    /** Stores a new commitment with its history (its id is ignored) and returns it with its id. */
    public Commitment add(Commitment commitment) {
        long id = sql.insert("INSERT INTO commitment (letter_id, source, item_id, text, owner, due, status, rule, matched) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                commitment.letterId(), commitment.source().name().toLowerCase(Locale.ROOT), commitment.itemId(),
                commitment.text(), commitment.owner(), commitment.due(), commitment.status().code(),
                rule(commitment), matched(commitment));
        commitment.history().forEach(change -> insertChange(id, change));
        return new Commitment(id, commitment.letterId(), commitment.source(), commitment.itemId(), commitment.text(),
                commitment.owner(), commitment.due(), commitment.status(), commitment.history(), commitment.evidence());
    }

    public Optional<Commitment> byId(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The commitments of one letter, in every status. */
    public List<Commitment> ofLetter(long letterId) {
        return all().stream().filter(c -> c.letterId() == letterId).toList();
    }

    /**
     * Makes the stored commitment with {@code changed}'s id exactly {@code changed}: text, owner, due date, status and
     * the whole history. Edits and their undo are both a replace. Evidence, being why Casebook suggested it, is only
     * ever added: a commitment given without evidence keeps what is stored.
     */
    public void replace(Commitment changed) {
        int updated = sql.update("UPDATE commitment SET letter_id = ?, source = ?, item_id = ?, text = ?, owner = ?, "
                        + "due = ?, status = ?, rule = COALESCE(?, rule), matched = COALESCE(?, matched) WHERE id = ?",
                changed.letterId(), changed.source().name().toLowerCase(Locale.ROOT), changed.itemId(), changed.text(),
                changed.owner(), changed.due(), changed.status().code(), rule(changed), matched(changed), changed.id());
        if (updated != 1) {
            throw new IllegalArgumentException("No commitment with id " + changed.id());
        }
        sql.update("DELETE FROM commitment_status_change WHERE commitment_id = ?", changed.id());
        changed.history().forEach(change -> insertChange(changed.id(), change));
    }

    public void delete(long id) {
        sql.update("DELETE FROM commitment WHERE id = ?", id);
    }

    /** Deletes the commitments of one letter that are still only suggested. */
    public void deleteSuggestedOfLetter(long letterId) {
        sql.update("DELETE FROM commitment WHERE letter_id = ? AND status = ?", letterId, CommitmentStatus.SUGGESTED.code());
    }

    /** Puts a deleted commitment back with its old id and history, so undoing a delete gives back what was there. */
    public void restore(Commitment commitment) {
        sql.update("INSERT INTO commitment (id, letter_id, source, item_id, text, owner, due, status, rule, matched) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                commitment.id(), commitment.letterId(), commitment.source().name().toLowerCase(Locale.ROOT),
                commitment.itemId(), commitment.text(), commitment.owner(), commitment.due(), commitment.status().code(),
                rule(commitment), matched(commitment));
        commitment.history().forEach(change -> insertChange(commitment.id(), change));
    }

    /** Records a new status with the date and evidence for it. */
    public void changeStatus(long commitmentId, StatusChange change) {
        int updated = sql.update("UPDATE commitment SET status = ? WHERE id = ?", change.status().code(), commitmentId);
        if (updated != 1) {
            throw new IllegalArgumentException("No commitment with id " + commitmentId);
        }
        insertChange(commitmentId, change);
    }

    private void insertChange(long commitmentId, StatusChange change) {
        sql.insert("INSERT INTO commitment_status_change (commitment_id, change_date, status, evidence) VALUES (?, ?, ?, ?)",
                commitmentId, change.date(), change.status().code(), change.evidence());
    }

    private static Commitment map(ResultSet row, Map<Long, List<StatusChange>> histories) throws SQLException {
        long id = row.getLong("id");
        return new Commitment(id, row.getLong("letter_id"),
                CommitmentSource.valueOf(row.getString("source").toUpperCase(Locale.ROOT)),
                Sql.optionalLong(row, "item_id"), row.getString("text"), row.getString("owner"),
                Sql.optionalDate(row, "due"), status(row.getString("status")), histories.getOrDefault(id, List.of()),
                Sql.evidence(row));
    }

    private static Optional<String> rule(Commitment commitment) {
        return commitment.evidence().map(SuggestionEvidence::rule);
    }

    private static Optional<String> matched(Commitment commitment) {
        return commitment.evidence().map(SuggestionEvidence::matched);
    }

    private static CommitmentStatus status(String code) {
        return CommitmentStatus.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown status " + code));
    }
}
