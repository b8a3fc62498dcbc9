package org.casebook.storage;

import java.util.List;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.Meeting;

/** Bodies and their meetings. */
public final class BodyRepository {

    private final Sql sql;

    BodyRepository(Sql sql) {
        this.sql = sql;
    }

    public List<Body> bodies() {
        return sql.query("SELECT id, name FROM body ORDER BY name", row -> new Body(row.getLong("id"), row.getString("name")));
    }

    public Optional<Body> bodyNamed(String name) {
        return sql.queryOne("SELECT id, name FROM body WHERE name = ?",
                row -> new Body(row.getLong("id"), row.getString("name")), name.strip());
    }

    public Body addBody(String name) {
        String clean = name.strip();
        return new Body(sql.insert("INSERT INTO body (name) VALUES (?)", clean), clean);
    }

    /** The body of that name, added when there is none yet. */
    public Body bodyNamedOrNew(String name) {
        return bodyNamed(name).orElseGet(() -> addBody(name));
    }

    public List<Meeting> meetings() {
        return sql.query("SELECT id, body_id, name, meeting_date FROM meeting ORDER BY meeting_date, name",
                row -> new Meeting(row.getLong("id"), row.getLong("body_id"), row.getString("name"),
                        Sql.optionalDate(row, "meeting_date")));
    }

    /** The body's meeting of that name on that date (or undated), added when there is none yet. */
    public Meeting meetingOrNew(long bodyId, String name, Optional<java.time.LocalDate> date) {
        String clean = name.strip();
        return meetings().stream()
                .filter(m -> m.bodyId() == bodyId && m.name().equalsIgnoreCase(clean) && m.date().equals(date))
                .findFirst()
                .orElseGet(() -> addMeeting(new Meeting(0, bodyId, clean, date)));
    }

    public Meeting addMeeting(Meeting meeting) {
        long id = sql.insert("INSERT INTO meeting (body_id, name, meeting_date) VALUES (?, ?, ?)",
                meeting.bodyId(), meeting.name().strip(), meeting.date());
        return new Meeting(id, meeting.bodyId(), meeting.name().strip(), meeting.date());
    }

    public Optional<Body> body(long id) {
        return sql.queryOne("SELECT id, name FROM body WHERE id = ?", row -> new Body(row.getLong("id"), row.getString("name")), id);
    }

    public void renameBody(long id, String name) {
        requireOne(sql.update("UPDATE body SET name = ? WHERE id = ?", name.strip(), id), "body", id);
    }

    /** Puts back a body that was removed (an undone merge or add), under its old id so that what named it still does. */
    public void restoreBody(Body body) {
        sql.update("INSERT INTO body (id, name) VALUES (?, ?)", body.id(), body.name());
    }

    /** Removes a body that no letter or meeting belongs to any more. */
    public void deleteBody(long id) {
        requireOne(sql.update("DELETE FROM body WHERE id = ?", id), "body", id);
    }

    public Optional<Meeting> meeting(long id) {
        return sql.queryOne("SELECT id, body_id, name, meeting_date FROM meeting WHERE id = ?",
                row -> new Meeting(row.getLong("id"), row.getLong("body_id"), row.getString("name"),
                        Sql.optionalDate(row, "meeting_date")), id);
    }

    /** Stores a meeting's body, name and date. */
    public void updateMeeting(Meeting meeting) {
        requireOne(sql.update("UPDATE meeting SET body_id = ?, name = ?, meeting_date = ? WHERE id = ?",
                meeting.bodyId(), meeting.name().strip(), meeting.date(), meeting.id()), "meeting", meeting.id());
    }

    /** Puts back a removed meeting under its old id. */
    public void restoreMeeting(Meeting meeting) {
        sql.update("INSERT INTO meeting (id, body_id, name, meeting_date) VALUES (?, ?, ?, ?)",
                meeting.id(), meeting.bodyId(), meeting.name(), meeting.date());
    }

    /** Removes a meeting that no letter belongs to any more. */
    public void deleteMeeting(long id) {
        requireOne(sql.update("DELETE FROM meeting WHERE id = ?", id), "meeting", id);
    }

    /** Says which body and meeting a letter belongs to; empty for none. */
    public void placeLetter(long letterId, Optional<Long> bodyId, Optional<Long> meetingId) {
        requireOne(sql.update("UPDATE letter SET body_id = ?, meeting_id = ? WHERE id = ?", bodyId, meetingId, letterId),
                "letter", letterId);
    }

    private static void requireOne(int changed, String what, long id) {
        if (changed != 1) {
            throw new StorageException("There is no " + what + " " + id + " in this case", null);
        }
    }
}
