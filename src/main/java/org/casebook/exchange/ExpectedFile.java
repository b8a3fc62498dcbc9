package org.casebook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casebook.domain.Expected;
import org.casebook.domain.Expected.ExpectedCommitment;
import org.casebook.domain.Expected.ExpectedItem;

/**
 * Reads hand-made ground truth in the fixtures' {@code expected.json} format: {@code items[]} with {@code label},
 * {@code parent}, {@code themes}, {@code responseTypes}; {@code commitments[]} with {@code item} ("1/c", "intro" or
 * "closing") and {@code evidenceStarts}. Other fields are ignored.
 */
public final class ExpectedFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExpectedFile() {
    }

    public static Expected read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.path("items").isArray()) {
            throw new IOException(file.getFileName() + " has no \"items\" list; it is not an expected-suggestions file.");
        }
        List<ExpectedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String label = item.path("label").asText();
            String parent = item.path("parent").isTextual() ? item.path("parent").asText() : "";
            items.add(new ExpectedItem(parent.isEmpty() ? label : parent + "/" + label, strings(item.path("themes")),
                    strings(item.path("responseTypes"))));
        }
        List<ExpectedCommitment> commitments = new ArrayList<>();
        for (JsonNode commitment : root.path("commitments")) {
            commitments.add(new ExpectedCommitment(commitment.path("item").asText(),
                    commitment.path("evidenceStarts").asText()));
        }
        return new Expected(items, commitments);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
