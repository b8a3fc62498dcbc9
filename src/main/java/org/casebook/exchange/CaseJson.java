package org.casebook.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.ThreadStep;

/**
 * The JSON form of a whole case, schema version 1 (documented in docs/case-file-json.md).
 * Field names are the schema; change them only with a new schema version.
 */
@JsonPropertyOrder({"schemaVersion", "generator", "case", "codebook", "bodies", "meetings", "letters", "threads", "campaigns", "pack"})
record CaseJson(
        int schemaVersion,
        String generator,
        CaseInfo _case,
        CodebookJson codebook,
        List<BodyJson> bodies,
        List<MeetingJson> meetings,
        List<LetterJson> letters,
        List<ThreadJson> threads,
        List<FoiJson.CampaignJson> campaigns,
        PackSettingsExport pack) {

    static final int SCHEMA_VERSION = 1;

    record CaseInfo(String name) {
    }

    record CodebookJson(List<ThemeJson> themes, List<ResponseTypeJson> responseTypes) {
    }

    @JsonPropertyOrder({"id", "name", "description", "parent", "colour"})
    record ThemeJson(String id, String name, String description, String parent, String colour) {
    }

    record ResponseTypeJson(String id, String name, String description) {
    }

    /** What WhatDoTheyKnow knows of a body, when it came from a list of authorities (null or empty when not). */
    @JsonPropertyOrder({"id", "name", "shortName", "urlName", "foiEmail", "tags", "homePage"})
    record BodyJson(long id, String name, String shortName, String urlName, String foiEmail, List<String> tags,
                    String homePage) {
    }

    @JsonPropertyOrder({"id", "bodyId", "name", "date"})
    record MeetingJson(long id, long bodyId, String name, String date) {
    }

    record SourceJson(String fileName, String mediaType, String sha256) {
    }

    /** {@code attachedTo} is the id of the e-mail's letter this one came attached to, or null (ADR 19). */
    @JsonPropertyOrder({"id", "title", "date", "from", "to", "bodyId", "meetingId", "attachedTo", "source", "intro",
            "closing", "fullText", "items", "commitments"})
    record LetterJson(long id, String title, String date, String from, String to, Long bodyId, Long meetingId,
                      Long attachedTo, SourceJson source, String intro, String closing, String fullText,
                      List<ItemJson> items, List<CommitmentJson> commitments) {
    }

    @JsonPropertyOrder({"id", "path", "label", "parentId", "order", "concern", "response", "concernSpan",
            "responseSpan", "themes", "suggestedThemes", "responseTypes", "suggestedResponseTypes",
            "suggestionEvidence", "stance", "stanceRationale", "notes"})
    record ItemJson(long id, String path, String label, Long parentId, int order, String concern, String response,
                    SpanJson concernSpan, SpanJson responseSpan, List<String> themes, List<String> suggestedThemes,
                    List<String> responseTypes, List<String> suggestedResponseTypes,
                    List<EvidenceJson> suggestionEvidence, String stance, String stanceRationale,
                    List<NoteJson> notes) {
    }

    /** Why a theme or response type on the item was suggested; {@code kind} is "theme" or "responseType". */
    @JsonPropertyOrder({"kind", "code", "rule", "matched"})
    record EvidenceJson(String kind, String code, String rule, String matched) {
    }

    record SpanJson(int start, int end) {
    }

    record NoteJson(long id, String text, String created) {
    }

    @JsonPropertyOrder({"id", "itemId", "itemPath", "text", "owner", "status", "due", "history", "rule", "matched"})
    record CommitmentJson(long id, Long itemId, String itemPath, String text, String owner, String status, String due,
                          List<StatusChangeJson> history, String rule, String matched) {
    }

    record StatusChangeJson(String date, String status, String evidence) {
    }

    /** A thread with the marker of each step, in date order ({@link ThreadsJson} writes the same shape). */
    @JsonPropertyOrder({"id", "title", "itemIds", "steps"})
    record ThreadJson(long id, String title, List<Long> itemIds, List<StepJson> steps) {
        static ThreadJson of(ConcernThread thread, List<ThreadStep> steps) {
            return new ThreadJson(thread.id(), thread.title(), thread.itemIds(),
                    steps.stream().map(s -> new StepJson(s.itemId(), s.marker().code())).toList());
        }
    }

    @JsonPropertyOrder({"itemId", "marker"})
    record StepJson(long itemId, String marker) {
    }
}
