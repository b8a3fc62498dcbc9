package org.casebook.importing.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.importing.Fixtures;

/** The fixture letter and its hand-made ground truth (expected.json). */
final class FixtureLetter {

    /** One item of expected.json: how its concern starts, and how its response starts and ends. */
    record Item(String label, String concern, Optional<String> response, Optional<String> responseEnds) {
    }

    private FixtureLetter() {
    }

    static Path file(String name) {
        return Fixtures.trustBoardReply(name);
    }

    static List<Item> items() {
        try {
            JsonNode root = new ObjectMapper().readTree(file("expected.json").toFile());
            List<Item> items = new ArrayList<>();
            for (JsonNode item : root.get("items")) {
                items.add(new Item(item.get("label").asText(), collapse(item.get("concern").asText()),
                        text(item.get("response")), text(item.get("responseEnds"))));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(collapse(node.asText()));
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
