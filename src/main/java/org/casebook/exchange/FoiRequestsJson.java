package org.casebook.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.RequestClock;

/**
 * A case's FOI requests as {@code casebook foi list --format json} prints them: {@code {"requests": [{"id",
 * "campaignId", "body", "sent", "due", "state", "overdue", "workingDaysLate", "internalReviewDue", "answers":
 * [{"question", "kind", "itemId"}]}]}}. Dates are ISO; states and kinds are the command line's kebab-case names.
 */
public final class FoiRequestsJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** One request with what a reader of the list needs about it: the body's name, and the clock on the day asked. */
    public record Entry(FoiRequest request, String bodyName, RequestClock clock, List<FoiAnswer> answers) {
    }

    @JsonPropertyOrder({"requests"})
    record Document(List<RequestJson> requests) {
    }

    @JsonPropertyOrder({"id", "campaignId", "body", "sent", "due", "state", "overdue", "workingDaysLate",
        "internalReviewDue", "url", "answers"})
    record RequestJson(long id, long campaignId, String body, String sent, String due, String state, boolean overdue,
            int workingDaysLate, @JsonInclude(JsonInclude.Include.ALWAYS) String internalReviewDue,
            @JsonInclude(JsonInclude.Include.NON_NULL) String url, List<AnswerJson> answers) {
    }

    @JsonPropertyOrder({"question", "kind", "exemption", "itemId"})
    record AnswerJson(int question, String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String exemption,
            Long itemId) {
    }

    public void write(List<Entry> entries, OutputStream out) throws IOException {
        mapper.writeValue(out, new Document(entries.stream().map(FoiRequestsJson::json).toList()));
    }

    private static RequestJson json(Entry e) {
        FoiRequest r = e.request();
        RequestClock c = e.clock();
        return new RequestJson(r.id(), r.campaignId(), e.bodyName(), r.sent().toString(), c.due().toString(),
                r.state().key(), c.overdue(), c.workingDaysLate(), date(c.internalReviewDue()), r.url().orElse(null),
                e.answers().stream().map(a -> new AnswerJson(a.question(), a.kind().key(),
                        a.exemption().map(x -> x.key()).orElse(null), a.itemId().orElse(null))).toList());
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
