package org.casebook.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The themes and response types of a case. */
public record Codebook(List<Theme> themes, List<ResponseType> responseTypes) {
    public Codebook {
        themes = List.copyOf(themes);
        responseTypes = List.copyOf(responseTypes);
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ResponseType> responseType(String id) {
        return responseTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The ids of every theme below {@code themeId}, at any depth, nearest first. */
    public Set<String> descendants(String themeId) {
        Map<String, List<String>> children = themes.stream().filter(t -> t.parentId().isPresent())
                .collect(Collectors.groupingBy(t -> t.parentId().orElseThrow(),
                        Collectors.mapping(Theme::id, Collectors.toList())));
        Set<String> found = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(children.getOrDefault(themeId, List.of()));
        while (!queue.isEmpty()) {
            String next = queue.remove(0);
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }
}
