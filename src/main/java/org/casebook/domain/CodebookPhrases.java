package org.casebook.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The phrases Casebook looks for when it suggests a theme or a response type, by code id. They are codebook data:
 * members edit them, and they go with their code when it is merged or deleted. Codes without phrases are absent.
 */
public record CodebookPhrases(Map<String, List<String>> themes, Map<String, List<String>> responseTypes) {

    public static final CodebookPhrases NONE = new CodebookPhrases(Map.of(), Map.of());

    public CodebookPhrases {
        themes = cleaned(themes);
        responseTypes = cleaned(responseTypes);
    }

    public List<String> ofTheme(String themeId) {
        return themes.getOrDefault(themeId, List.of());
    }

    public List<String> ofResponseType(String responseTypeId) {
        return responseTypes.getOrDefault(responseTypeId, List.of());
    }

    public CodebookPhrases withTheme(String themeId, List<String> phrases) {
        return new CodebookPhrases(with(themes, themeId, phrases), responseTypes);
    }

    public CodebookPhrases withResponseType(String responseTypeId, List<String> phrases) {
        return new CodebookPhrases(themes, with(responseTypes, responseTypeId, phrases));
    }

    /** The phrases of {@code fromId} join those of {@code intoId} (after them, without repeats); {@code fromId} has none. */
    public CodebookPhrases themeMerged(String fromId, String intoId) {
        return new CodebookPhrases(merged(themes, fromId, intoId), responseTypes);
    }

    public CodebookPhrases responseTypeMerged(String fromId, String intoId) {
        return new CodebookPhrases(themes, merged(responseTypes, fromId, intoId));
    }

    /** Only the codes still in {@code codebook}: phrases of a deleted code go with it. */
    public CodebookPhrases within(Codebook codebook) {
        Map<String, List<String>> keptThemes = new LinkedHashMap<>(themes);
        keptThemes.keySet().removeIf(id -> codebook.theme(id).isEmpty());
        Map<String, List<String>> keptTypes = new LinkedHashMap<>(responseTypes);
        keptTypes.keySet().removeIf(id -> codebook.responseType(id).isEmpty());
        return new CodebookPhrases(keptThemes, keptTypes);
    }

    /**
     * Phrases as a member means them: trimmed, blanks dropped, and a phrase that repeats another (ignoring case and
     * spacing) dropped, the first one kept.
     */
    public static List<String> clean(List<String> phrases) {
        Set<String> seen = new LinkedHashSet<>();
        return phrases.stream().map(p -> p.strip().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty())
                .filter(p -> seen.add(p.toLowerCase(Locale.ROOT))).toList();
    }

    private static Map<String, List<String>> with(Map<String, List<String>> map, String id, List<String> phrases) {
        Map<String, List<String>> copy = new LinkedHashMap<>(map);
        copy.put(id, phrases);
        return copy;
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> map, String fromId, String intoId) {
        Map<String, List<String>> copy = new LinkedHashMap<>(map);
        List<String> moved = copy.remove(fromId);
        if (moved != null) {
            copy.put(intoId, java.util.stream.Stream.concat(copy.getOrDefault(intoId, List.of()).stream(), moved.stream())
                    .toList());
        }
        return copy;
    }

    private static Map<String, List<String>> cleaned(Map<String, List<String>> map) {
        Objects.requireNonNull(map, "phrases");
        Map<String, List<String>> result = new LinkedHashMap<>();
        map.forEach((id, phrases) -> {
            List<String> clean = clean(phrases);
            if (!clean.isEmpty()) {
                result.put(Ids.requireSlug(id), clean);
            }
        });
        return java.util.Collections.unmodifiableMap(result);
    }
}
