package org.casebook.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.StateChange;

/** FOI campaigns, their requests with each one's dated history, the answers, and bodies' authority profiles. */
public final class FoiRepository {

    private final Sql sql;

    FoiRepository(Sql sql) {
        this.sql = sql;
    }

    // --- bodies as public authorities

    public List<BodyProfile> profiles() {
        return sql.query("SELECT id, short_name, url_name, foi_email, tags, home_page FROM body ORDER BY id",
                FoiRepository::profile);
    }

    public Optional<BodyProfile> profile(long bodyId) {
        return sql.queryOne("SELECT id, short_name, url_name, foi_email, tags, home_page FROM body WHERE id = ?",
                FoiRepository::profile, bodyId);
    }

    public void setProfile(BodyProfile p) {
        int updated = sql.update("UPDATE body SET short_name = ?, url_name = ?, foi_email = ?, tags = ?, home_page = ? "
                + "WHERE id = ?", p.shortName(), p.urlName(), p.foiEmail(), String.join(" ", p.tags()), p.homePage(),
                p.bodyId());
        if (updated != 1) {
            throw new IllegalArgumentException("No body with id " + p.bodyId());
        }
    }

    private static BodyProfile profile(ResultSet row) throws SQLException {
        String tags = row.getString("tags");
        return new BodyProfile(row.getLong("id"), optional(row, "short_name"), optional(row, "url_name"),
                optional(row, "foi_email"),
                tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.strip().split("\\s+")),
                optional(row, "home_page"));
    }

    // --- campaigns

    public List<Campaign> campaigns() {
        Map<Long, List<CampaignQuestion>> questions = sql.query(
                        "SELECT campaign_id, number, text FROM campaign_question ORDER BY campaign_id, number",
                        row -> Map.entry(row.getLong("campaign_id"),
                                new CampaignQuestion(row.getInt("number"), row.getString("text"))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return sql.query("SELECT id, title, template, created FROM campaign ORDER BY created, id",
                row -> new Campaign(row.getLong("id"), row.getString("title"),
                        questions.getOrDefault(row.getLong("id"), List.of()), row.getString("template"),
                        row.getObject("created", LocalDate.class)));
    }

    public Optional<Campaign> campaign(long id) {
        return campaigns().stream().filter(c -> c.id() == id).findFirst();
    }

    /** Stores a campaign with its questions (an id above 0 is kept, so an undone delete comes back the same). */
    public Campaign addCampaign(Campaign c) {
        long id = c.id() > 0
                ? insertWithId(c)
                : sql.insert("INSERT INTO campaign (title, template, created) VALUES (?, ?, ?)",
                        c.title(), c.template(), c.created());
        for (CampaignQuestion q : c.questions()) {
            sql.update("INSERT INTO campaign_question (campaign_id, number, text) VALUES (?, ?, ?)",
                    id, q.number(), q.text());
        }
        return new Campaign(id, c.title(), c.questions(), c.template(), c.created());
    }

    private long insertWithId(Campaign c) {
        sql.update("INSERT INTO campaign (id, title, template, created) VALUES (?, ?, ?, ?)",
                c.id(), c.title(), c.template(), c.created());
        return c.id();
    }

    public void deleteCampaign(long id) {
        sql.update("DELETE FROM campaign WHERE id = ?", id);
    }

    // --- requests and their histories

    public List<FoiRequest> requests() {
        Map<Long, List<StateChange>> histories = sql.query(
                        "SELECT id, request_id, state, change_date, note FROM foi_state_change ORDER BY change_date, id",
                        FoiRepository::change)
                .stream().collect(Collectors.groupingBy(StateChange::requestId));
        return sql.query("SELECT id, campaign_id, body_id, sent, url FROM foi_request ORDER BY campaign_id, id",
                row -> new FoiRequest(row.getLong("id"), row.getLong("campaign_id"), row.getLong("body_id"),
                        row.getObject("sent", LocalDate.class), optional(row, "url"),
                        histories.getOrDefault(row.getLong("id"), List.of())));
    }

    public Optional<FoiRequest> request(long id) {
        return requests().stream().filter(r -> r.id() == id).findFirst();
    }

    /** Stores a request and the first entry of its history: awaiting a response since the day it was sent. */
    public FoiRequest addRequest(long campaignId, long bodyId, LocalDate sent, Optional<String> url) {
        long id = sql.insert("INSERT INTO foi_request (campaign_id, body_id, sent, url) VALUES (?, ?, ?, ?)",
                campaignId, bodyId, sent, url);
        addChange(new StateChange(0, id, FoiState.AWAITING_RESPONSE, sent, ""));
        return request(id).orElseThrow();
    }

    public void setUrl(long requestId, Optional<String> url) {
        sql.update("UPDATE foi_request SET url = ? WHERE id = ?", url, requestId);
    }

    public void deleteRequest(long id) {
        sql.update("DELETE FROM foi_request WHERE id = ?", id);
    }

    public StateChange addChange(StateChange change) {
        long id = sql.insert("INSERT INTO foi_state_change (request_id, state, change_date, note) VALUES (?, ?, ?, ?)",
                change.requestId(), change.state().key(), change.date(), change.note());
        return new StateChange(id, change.requestId(), change.state(), change.date(), change.note());
    }

    public void deleteChange(long id) {
        sql.update("DELETE FROM foi_state_change WHERE id = ?", id);
    }

    public int moveRequests(long fromBodyId, long toBodyId) {
        return sql.update("UPDATE foi_request SET body_id = ? WHERE body_id = ?", toBodyId, fromBodyId);
    }

    private static StateChange change(ResultSet row) throws SQLException {
        String key = row.getString("state");
        FoiState state = FoiState.byKey(key).orElseThrow(() -> new StorageException(
                "A request's history holds a state this program does not know: " + key, null));
        return new StateChange(row.getLong("id"), row.getLong("request_id"), state,
                row.getObject("change_date", LocalDate.class), row.getString("note"));
    }

    // --- answers

    public List<FoiAnswer> answers() {
        return sql.query("SELECT request_id, question, kind, exemption, item_id FROM foi_answer "
                + "ORDER BY request_id, question", FoiRepository::answer);
    }

    public List<FoiAnswer> answersTo(long requestId) {
        return answers().stream().filter(a -> a.requestId() == requestId).toList();
    }

    /** Makes the answer to that question of that request exactly this one. */
    public void putAnswer(FoiAnswer a) {
        sql.update("DELETE FROM foi_answer WHERE request_id = ? AND question = ?", a.requestId(), a.question());
        sql.update("INSERT INTO foi_answer (request_id, question, kind, exemption, item_id) VALUES (?, ?, ?, ?, ?)",
                a.requestId(), a.question(), a.kind().key(), a.exemption().map(Exemption::key), a.itemId());
    }

    public void deleteAnswers(long requestId) {
        sql.update("DELETE FROM foi_answer WHERE request_id = ?", requestId);
    }

    private static FoiAnswer answer(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        return new FoiAnswer(row.getLong("request_id"), row.getInt("question"),
                AnswerKind.byKey(kind).orElseThrow(() -> new StorageException(
                        "An answer holds a kind this program does not know: " + kind, null)),
                optional(row, "exemption").flatMap(Exemption::byKey), Sql.optionalLong(row, "item_id"));
    }

    private static Optional<String> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column)).filter(s -> !s.isBlank());
    }
}
