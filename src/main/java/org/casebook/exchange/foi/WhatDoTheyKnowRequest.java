package org.casebook.exchange.foi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.foi.WdtkEvent;
import org.casebook.domain.foi.WdtkRequest;
import org.casebook.exchange.ExchangeFormatException;

/**
 * Reads a WhatDoTheyKnow request saved from {@code /request/<url_title>.json}: Alaveteli's
 * {@code InfoRequest#json_for_api(true)} with {@code url_title}, {@code title}, {@code created_at},
 * {@code described_state}, {@code public_body} ({@code url_name}, {@code name}) and {@code info_request_events}
 * ({@code event_type}, {@code created_at}, {@code described_state}). Other fields are ignored.
 */
public final class WhatDoTheyKnowRequest {

    /** Where WhatDoTheyKnow's request pages live; another Alaveteli site gives its own. */
    public static final URI WHATDOTHEYKNOW = URI.create("https://www.whatdotheyknow.com/");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private WhatDoTheyKnowRequest() {
    }

    public static WdtkRequest read(Path file) throws IOException {
        return read(file, WHATDOTHEYKNOW);
    }

    public static WdtkRequest read(Path file, URI site) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ExchangeFormatException(file, "is too large to be one request's JSON (over 20 MB).");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JacksonException broken) {
            throw new ExchangeFormatException(file, "is not JSON (" + broken.getOriginalMessage() + ").", broken);
        }
        if (root == null || !root.isObject()) {
            throw new ExchangeFormatException(file, "is not a WhatDoTheyKnow request: it holds no JSON object.");
        }
        if (!root.has("url_title") && root.has("url_name")) {
            throw new ExchangeFormatException(file, "is a WhatDoTheyKnow authority or user, not a request.");
        }
        String urlTitle = text(file, root, "url_title");
        JsonNode body = root.path("public_body");
        if (!body.isObject()) {
            throw new ExchangeFormatException(file, "is not a whole WhatDoTheyKnow request: it has no \"public_body\" "
                    + "(save the request's .json page, not a search result).");
        }
        List<WdtkEvent> events = new ArrayList<>();
        for (JsonNode event : root.path("info_request_events")) {
            events.add(new WdtkEvent(text(file, event, "event_type"), date(file, event),
                    optionalText(event, "described_state")));
        }
        events.sort(Comparator.comparing(WdtkEvent::date));
        return new WdtkRequest(text(file, root, "title"), urlTitle, site.resolve("request/" + urlTitle),
                text(file, body, "url_name"), text(file, body, "name"), date(file, root),
                text(file, root, "described_state"), events);
    }

    private static String text(Path file, JsonNode node, String field) throws ExchangeFormatException {
        return optionalText(node, field).orElseThrow(() -> new ExchangeFormatException(file,
                "is not a WhatDoTheyKnow request: it has no \"" + field + "\"."));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    /** Rails writes times with their offset ("2024-02-05T14:03:21.000+00:00"); the day is the one in that zone. */
    private static LocalDate date(Path file, JsonNode node) throws ExchangeFormatException {
        String value = text(file, node, "created_at");
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException notATime) {
            throw new ExchangeFormatException(file, "has a \"created_at\" that is not a time: \"" + value + "\".",
                    notATime);
        }
    }
}
