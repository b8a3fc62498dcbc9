package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.casebook.app.Services;
import org.casebook.service.SecondReplyCase;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadsCommandTest {

    @TempDir
    Path temp;

    @Test
    void printsConfirmedThreadsWithMarkersAndWithSuggestTheLinksToSuggest() throws IOException {
        Services services = TestServices.in(temp.resolve("home"));
        SecondReplyCase letters = SecondReplyCase.create(services, temp);
        long first = letters.first("2");
        long second = letters.second("2");
        services.threadService().confirmLink(letters.database, first, second);
        Path caseRoot = letters.database.root();
        letters.database.close();
        Cli cli = new Cli(services.backend(), "1.0");

        JsonNode plain = run(cli, "threads", "--case", caseRoot.toString(), "--format", "json");
        JsonNode suggested = run(cli, "threads", "--case", caseRoot.toString(), "--suggest", "--format", "json");

        assertThat(fieldNames(plain)).containsExactly("threads", "suggestions");
        assertThat(plain.get("suggestions")).isEmpty();
        JsonNode thread = plain.get("threads").get(0);
        assertThat(fieldNames(thread)).containsExactly("id", "title", "itemIds", "steps");
        assertThat(thread.get("itemIds")).extracting(JsonNode::asLong).containsExactly(first, second);
        assertThat(thread.get("steps")).extracting(s -> s.get("itemId").asLong() + ":" + s.get("marker").asText())
                .containsExactly(first + ":new", second + ":reversed");
        JsonNode suggestions = suggested.get("suggestions");
        assertThat(suggestions).hasSize(4).allSatisfy(s -> {
            assertThat(fieldNames(s)).containsExactly("itemIds", "score");
            assertThat(s.get("itemIds")).hasSize(2);
            assertThat(s.get("score").asDouble()).isBetween(0.35, 1.0);
        });
        assertThat(suggestions).noneMatch(s -> s.get("itemIds").get(0).asLong() == first);
    }

    private static JsonNode run(Cli cli, String... args) throws IOException {
        CliRun run = CliRun.of(cli, args);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
