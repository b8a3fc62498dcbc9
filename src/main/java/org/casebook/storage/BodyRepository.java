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
}
