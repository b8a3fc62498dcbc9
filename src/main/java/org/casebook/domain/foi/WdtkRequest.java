package org.casebook.domain.foi;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as WhatDoTheyKnow publishes it ({@code /request/<url_title>.json}): its title and page, the body asked
 * (by WhatDoTheyKnow's URL name, which matches {@link Authority#urlName()}), when it was made, the state its
 * requester last described (WhatDoTheyKnow's own words: "waiting_response", "rejected", …) and its events, oldest
 * first.
 */
public record WdtkRequest(String title, String urlTitle, URI url, String bodyUrlName, String bodyName,
        LocalDate created, String describedState, List<WdtkEvent> events) {

    public WdtkRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(urlTitle, "urlTitle");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(bodyUrlName, "bodyUrlName");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(describedState, "describedState");
        events = List.copyOf(events);
    }

    /** The Casebook state for the described one; empty for states Casebook does not track ("gone_postal", …). */
    public Optional<FoiState> state() {
        return state(describedState);
    }

    /** WhatDoTheyKnow's state names (Alaveteli's {@code InfoRequest::State.all}) as Casebook's states. */
    public static Optional<FoiState> state(String described) {
        return Optional.ofNullable(switch (described) {
            case "waiting_response" -> FoiState.AWAITING_RESPONSE;
            case "waiting_clarification" -> FoiState.AWAITING_CLARIFICATION;
            case "successful" -> FoiState.SUCCESSFUL;
            case "partially_successful" -> FoiState.PARTIALLY_SUCCESSFUL;
            case "not_held" -> FoiState.NOT_HELD;
            case "rejected" -> FoiState.REFUSED;
            case "internal_review" -> FoiState.INTERNAL_REVIEW;
            case "user_withdrawn" -> FoiState.WITHDRAWN;
            case "error_message" -> FoiState.DELIVERY_ERROR;
            default -> null;
        });
    }
}
