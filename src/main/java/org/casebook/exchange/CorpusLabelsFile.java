package org.casebook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.LabelledDocument;
import org.casebook.domain.LabelledPair;

/**
 * Reads the split corpus's labels ({@code expected.json}): {@code documents[]}, each with {@code file},
 * {@code source}, {@code retrieved}, {@code shape} and {@code pairs[]} of {@code question} and {@code answer}
 * (opening words; {@code answer} null when unanswered). Other fields are ignored.
 */
public final class CorpusLabelsFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusLabelsFile() {
    }

    public static List<LabelledDocument> read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.path("documents").isArray()) {
            throw new IOException(file.getFileName() + " has no \"documents\" list; it is not a corpus labels file.");
        }
        List<LabelledDocument> documents = new ArrayList<>();
        for (JsonNode document : root.path("documents")) {
            List<LabelledPair> pairs = new ArrayList<>();
            for (JsonNode pair : document.path("pairs")) {
                JsonNode answer = pair.path("answer");
                pairs.add(new LabelledPair(pair.path("question").asText(),
                        answer.isTextual() ? Optional.of(answer.asText()) : Optional.empty()));
            }
            String name = document.path("file").asText();
            if (name.isBlank()) {
                throw new IOException(file.getFileName() + " lists a document without a \"file\".");
            }
            documents.add(new LabelledDocument(name, document.path("source").asText(),
                    document.path("retrieved").asText(), document.path("shape").asInt(), pairs));
        }
        return documents;
    }
}
