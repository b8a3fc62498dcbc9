package org.casebook.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiSnapshot;

/**
 * The FOI part of the case file JSON (docs/case-file-json.md, "campaigns"): each campaign with its questions, and
 * its requests with their whole dated history and their answers. States and kinds are the command line's names.
 */
final class FoiJson {

    private FoiJson() {
    }

    @JsonPropertyOrder({"id", "title", "created", "template", "questions", "requests"})
    record CampaignJson(long id, String title, String created, String template, List<QuestionJson> questions,
                        List<RequestJson> requests) {
    }

    record QuestionJson(int number, String text) {
    }

    @JsonPropertyOrder({"id", "bodyId", "sent", "url", "state", "history", "answers"})
    record RequestJson(long id, long bodyId, String sent, String url, String state, List<ChangeJson> history,
                       List<AnswerJson> answers) {
    }

    @JsonPropertyOrder({"state", "date", "note"})
    record ChangeJson(String state, String date, String note) {
    }

    @JsonPropertyOrder({"question", "kind", "exemption", "itemId"})
    record AnswerJson(int question, String kind, String exemption, Long itemId) {
    }

    static List<CampaignJson> of(FoiSnapshot foi) {
        return foi.campaigns().stream().map(c -> campaign(c, foi)).toList();
    }

    private static CampaignJson campaign(Campaign c, FoiSnapshot foi) {
        return new CampaignJson(c.id(), c.title(), c.created().toString(), c.template(),
                c.questions().stream().map(q -> new QuestionJson(q.number(), q.text())).toList(),
                foi.requestsOf(c.id()).stream().map(r -> request(r, foi)).toList());
    }

    private static RequestJson request(FoiRequest r, FoiSnapshot foi) {
        return new RequestJson(r.id(), r.bodyId(), r.sent().toString(), r.url().orElse(null), r.state().key(),
                r.history().stream().map(h -> new ChangeJson(h.state().key(), h.date().toString(), h.note())).toList(),
                foi.answersTo(r.id()).stream().map(FoiJson::answer).toList());
    }

    private static AnswerJson answer(FoiAnswer a) {
        return new AnswerJson(a.question(), a.kind().key(), a.exemption().map(e -> e.key()).orElse(null),
                a.itemId().orElse(null));
    }
}
