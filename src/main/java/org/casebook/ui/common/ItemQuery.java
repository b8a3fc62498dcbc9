package org.casebook.ui.common;

import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Stance;

/**
 * Which items another screen wants the items screen to show: a place (everything, a body, the letters with no body,
 * a meeting, a body's letters with no meeting, one letter) and optionally one theme, stance or response type. Lives here, not in
 * the items screen, so that screens can ask for items without depending on each other.
 */
public record ItemQuery(Place place, long placeId, Optional<String> themeId, Optional<Stance> stance,
                        Optional<String> responseTypeId) {

    /** Where the items are; {@code placeId} names the body or meeting when there is one. */
    public enum Place { ALL, BODY, NO_BODY, MEETING, NO_MEETING, LETTER }

    public static final ItemQuery ALL = new ItemQuery(Place.ALL, 0, Optional.empty(), Optional.empty(), Optional.empty());

    public ItemQuery {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(themeId, "themeId");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(responseTypeId, "responseTypeId");
    }

    public ItemQuery in(Place newPlace, long id) {
        return new ItemQuery(newPlace, id, themeId, stance, responseTypeId);
    }

    public ItemQuery withTheme(String id) {
        return new ItemQuery(place, placeId, Optional.of(id), stance, responseTypeId);
    }

    public ItemQuery withStance(Stance newStance) {
        return new ItemQuery(place, placeId, themeId, Optional.of(newStance), responseTypeId);
    }

    public ItemQuery withResponseType(String id) {
        return new ItemQuery(place, placeId, themeId, stance, Optional.of(id));
    }
}
