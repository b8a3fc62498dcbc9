package org.casebook.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.casebook.domain.search.SearchHit;
import org.casebook.domain.search.SearchResults;

/**
 * A search's results as {@code casebook search --format json} prints them: {@code {"total", "hits": [{"kind",
 * "letterId", "itemId", "path", "score", "snippet", "marks", "letterTitle", "label", "themes", "stance", "body",
 * "date"}], "suggestions"}}. {@code itemId}, {@code path}, {@code label}, {@code stance}, {@code body} and {@code date}
 * are null when the hit has none; {@code marks} are [start, end) character ranges of the matched words in
 * {@code snippet}.
 */
public final class SearchResultsJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @JsonPropertyOrder({"total", "hits", "suggestions"})
    record Document(long total, List<HitJson> hits, List<String> suggestions) {
    }

    @JsonPropertyOrder({"kind", "letterId", "itemId", "path", "score", "snippet", "marks", "letterTitle", "label",
        "themes", "stance", "body", "date"})
    record HitJson(String kind, long letterId, Long itemId, String path, double score, String snippet,
                   List<int[]> marks, String letterTitle, String label, List<String> themes, String stance,
                   String body, String date) {

        static HitJson of(SearchHit hit) {
            return new HitJson(hit.kind().key(), hit.letterId(), hit.itemId().orElse(null), hit.path().orElse(null),
                    Math.round(hit.score() * 1000) / 1000.0, hit.snippet().text(),
                    hit.snippet().marks().stream().map(m -> new int[] {m.start(), m.end()}).toList(),
                    hit.letterTitle(), hit.itemLabel().orElse(null), hit.themeIds(),
                    hit.stance().map(s -> s.code()).orElse(null), hit.bodyName().orElse(null),
                    hit.date().map(Object::toString).orElse(null));
        }
    }

    /** Writes the results to {@code out}, flushed and left open. */
    public void write(SearchResults results, OutputStream out) throws IOException {
        mapper.writeValue(out, new Document(results.total(), results.hits().stream().map(HitJson::of).toList(),
                results.suggestions()));
    }
}
