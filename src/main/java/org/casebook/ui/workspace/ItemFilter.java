package org.casebook.ui.workspace;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.casebook.domain.Stance;
import org.casebook.ui.common.ItemQuery;

/**
 * What the items table is narrowed to: a place in the letters tree, and the filter bar's choices. Every part is
 * optional; an empty filter shows everything.
 */
public record ItemFilter(Scope scope, String text, Optional<String> themeId, Optional<Stance> stance,
                         Optional<String> responseTypeId, boolean withCommitmentsOnly) {

    /** Where in the letters tree the member is: all letters, one body, the letters with no body, a meeting or a letter. */
    public record Scope(Kind kind, long id) {
        public enum Kind { ALL, BODY, NO_BODY, MEETING, NO_MEETING, LETTER }

        public static final Scope ALL = new Scope(Kind.ALL, 0);
        public static final Scope NO_BODY = new Scope(Kind.NO_BODY, 0);

        public Scope {
            Objects.requireNonNull(kind, "kind");
        }

        boolean contains(ItemRow row) {
            return switch (kind) {
                case ALL -> true;
                case BODY -> row.letter().bodyId().filter(b -> b == id).isPresent();
                case NO_BODY -> row.letter().bodyId().isEmpty();
                case MEETING -> row.letter().meetingId().filter(m -> m == id).isPresent();
                case NO_MEETING -> row.letter().meetingId().isEmpty();
                case LETTER -> row.letter().id() == id;
            };
        }
    }

    public static final ItemFilter NONE = new ItemFilter(Scope.ALL, "", Optional.empty(), Optional.empty(),
            Optional.empty(), false);

    /** The filter that shows what another screen asked for (a dashboard bar), nothing else. */
    public static ItemFilter of(ItemQuery query) {
        Scope scope = new Scope(Scope.Kind.valueOf(query.place().name()), query.placeId());
        return new ItemFilter(scope, "", query.themeId(), query.stance(), query.responseTypeId(), false);
    }

    public ItemFilter {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(themeId, "themeId");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(responseTypeId, "responseTypeId");
    }

    /** True when the filter bar (not the tree) hides something: the table then says so and offers to clear it. */
    public boolean narrowsBeyondScope() {
        return !text.isBlank() || themeId.isPresent() || stance.isPresent() || responseTypeId.isPresent()
                || withCommitmentsOnly;
    }

    public Predicate<ItemRow> predicate() {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row -> scope.contains(row)
                && themeId.map(row::hasTheme).orElse(true)
                && stance.map(s -> row.stance() == s).orElse(true)
                && responseTypeId.map(row::hasResponseType).orElse(true)
                && (!withCommitmentsOnly || row.commitments() > 0)
                && (needle.isEmpty() || matchesText(row, needle));
    }

    private static boolean matchesText(ItemRow row, String needle) {
        return row.item().concern().toLowerCase(Locale.ROOT).contains(needle)
                || row.item().response().map(r -> r.toLowerCase(Locale.ROOT).contains(needle)).orElse(false)
                || row.item().stanceRationale().toLowerCase(Locale.ROOT).contains(needle)
                || row.path().toLowerCase(Locale.ROOT).equals(needle)
                || row.themes().stream().anyMatch(t -> t.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    public ItemFilter withScope(Scope newScope) {
        return new ItemFilter(newScope, text, themeId, stance, responseTypeId, withCommitmentsOnly);
    }

    public ItemFilter withText(String newText) {
        return new ItemFilter(scope, newText, themeId, stance, responseTypeId, withCommitmentsOnly);
    }

    public ItemFilter withTheme(Optional<String> newThemeId) {
        return new ItemFilter(scope, text, newThemeId, stance, responseTypeId, withCommitmentsOnly);
    }

    public ItemFilter withStance(Optional<Stance> newStance) {
        return new ItemFilter(scope, text, themeId, newStance, responseTypeId, withCommitmentsOnly);
    }

    public ItemFilter withResponseType(Optional<String> newTypeId) {
        return new ItemFilter(scope, text, themeId, stance, newTypeId, withCommitmentsOnly);
    }

    public ItemFilter withCommitmentsOnly(boolean only) {
        return new ItemFilter(scope, text, themeId, stance, responseTypeId, only);
    }

    /** Keeps the place in the tree, drops the filter bar's choices. */
    public ItemFilter cleared() {
        return NONE.withScope(scope);
    }
}
