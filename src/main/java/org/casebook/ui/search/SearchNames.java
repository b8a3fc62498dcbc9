package org.casebook.ui.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.Body;
import org.casebook.domain.Codebook;
import org.casebook.domain.Meeting;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Theme;

/**
 * The names the Search screen shows for the ids in hits and filters: themes (in codebook order, with their depth),
 * response types, bodies and meetings. Read once per change of the case, not once per keystroke.
 */
record SearchNames(List<Theme> themes, Map<String, Integer> depths, List<ResponseType> responseTypes,
                   List<Body> bodies, List<Meeting> meetings) {

    static final SearchNames NONE = new SearchNames(List.of(), Map.of(), List.of(), List.of(), List.of());

    SearchNames {
        themes = List.copyOf(themes);
        depths = Map.copyOf(depths);
        responseTypes = List.copyOf(responseTypes);
        bodies = List.copyOf(bodies);
        meetings = List.copyOf(meetings);
    }

    static SearchNames of(Codebook codebook, List<Body> bodies, List<Meeting> meetings) {
        Map<String, Theme> byId = codebook.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        Map<String, Integer> depths = codebook.themes().stream().collect(Collectors.toMap(Theme::id, t -> depth(t, byId)));
        List<Meeting> dated = meetings.stream().sorted(Comparator.comparing((Meeting m) -> m.date().orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Meeting::name)).toList();
        return new SearchNames(codebook.themes(), depths, codebook.responseTypes(),
                bodies.stream().sorted(Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER)).toList(), dated);
    }

    private static int depth(Theme theme, Map<String, Theme> byId) {
        int depth = 0;
        Optional<String> parent = theme.parentId();
        // Bounded, so that a damaged codebook with a loop cannot hang the screen.
        while (parent.isPresent() && byId.containsKey(parent.get()) && depth < byId.size()) {
            depth++;
            parent = byId.get(parent.get()).parentId();
        }
        return depth;
    }

    Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The themes of a hit, in codebook order; ids the codebook no longer has are left out. */
    List<Theme> themesOf(List<String> ids) {
        return themes.stream().filter(t -> ids.contains(t.id())).toList();
    }

    String themeName(String id) {
        return theme(id).map(Theme::name).orElse(id);
    }

    String responseTypeName(String id) {
        return responseTypes.stream().filter(t -> t.id().equals(id)).map(ResponseType::name).findFirst().orElse(id);
    }

    String bodyName(long id) {
        return bodies.stream().filter(b -> b.id() == id).map(Body::name).findFirst().orElse("#" + id);
    }

    String meetingName(long id) {
        return meetings.stream().filter(m -> m.id() == id).map(Meeting::name).findFirst().orElse("#" + id);
    }
}
