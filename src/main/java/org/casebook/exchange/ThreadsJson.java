package org.casebook.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.LinkSuggestion;
import org.casebook.domain.ThreadStep;
import org.casebook.exchange.CaseJson.ThreadJson;

/**
 * The threads of a case as {@code casebook threads --format json} prints them:
 * {@code {"threads": [{"id", "title", "itemIds", "steps": [{"itemId", "marker"}]}], "suggestions": [{"itemIds": [a, b],
 * "score"}]}}. Threads look as they do in the whole-case export; item ids are the export's.
 */
public final class ThreadsJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @JsonPropertyOrder({"threads", "suggestions"})
    record Document(List<ThreadJson> threads, List<SuggestionJson> suggestions) {
    }

    @JsonPropertyOrder({"itemIds", "score"})
    record SuggestionJson(List<Long> itemIds, double score) {
    }

    /** Writes threads (with their steps by thread id) and suggestions to {@code out}, flushed and left open. */
    public void write(List<ConcernThread> threads, Map<Long, List<ThreadStep>> steps, List<LinkSuggestion> suggestions,
                      OutputStream out) throws IOException {
        mapper.writeValue(out, new Document(
                threads.stream().map(t -> ThreadJson.of(t, steps.getOrDefault(t.id(), List.of()))).toList(),
                suggestions.stream().map(s -> new SuggestionJson(List.of(s.itemA(), s.itemB()),
                        Math.round(s.score() * 1000) / 1000.0)).toList()));
    }
}
