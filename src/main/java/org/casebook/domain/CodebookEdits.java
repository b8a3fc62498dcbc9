package org.casebook.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Codebook edits as pure functions from one {@link CodebookState} to the next, so that storing an edit and undoing it
 * are both "store this state", and every rule here is testable without a database.
 */
public final class CodebookEdits {

    private CodebookEdits() {
    }

    /** Adds a theme at the end, with an id made from its name; returns the new state and the new theme. */
    public static Added<Theme> addTheme(CodebookState state, String name, String description, String colour,
                                        Optional<String> parentId) {
        String cleanName = requireName(name);
        parentId.ifPresent(id -> requireTheme(state, id));
        Set<String> taken = state.codebook().themes().stream().map(Theme::id).collect(Collectors.toSet());
        Theme theme = new Theme(uniqueSlug(cleanName, taken), cleanName, description.strip(), colour, parentId);
        List<Theme> themes = new ArrayList<>(state.codebook().themes());
        themes.add(theme);
        return new Added<>(withThemes(state, themes), theme);
    }

    /** Changes a theme's name, description, colour or parent; a theme cannot move under itself or its own sub-theme. */
    public static CodebookState updateTheme(CodebookState state, Theme changed) {
        requireTheme(state, changed.id());
        requireName(changed.name());
        changed.parentId().ifPresent(parent -> {
            requireTheme(state, parent);
            if (parent.equals(changed.id()) || descendants(state, changed.id()).contains(parent)) {
                throw new CodebookException("A theme cannot be placed under itself or one of its own sub-themes.");
            }
        });
        Theme clean = new Theme(changed.id(), changed.name().strip(), changed.description().strip(), changed.colour(),
                changed.parentId());
        return withThemes(state, replace(state.codebook().themes(), clean, Theme::id));
    }

    /**
     * Merges {@code fromId} into {@code intoId}: items tagged with either keep one tag of {@code intoId} (the stronger
     * state wins: confirmed over suggested over rejected), sub-themes of {@code fromId} move under {@code intoId}, and
     * {@code fromId} is gone.
     */
    public static CodebookState mergeThemes(CodebookState state, String fromId, String intoId) {
        Theme from = requireTheme(state, fromId);
        requireTheme(state, intoId);
        if (fromId.equals(intoId)) {
            throw new CodebookException("Choose two different themes to merge.");
        }
        List<Theme> themes = state.codebook().themes();
        if (descendants(state, fromId).contains(intoId)) {
            // The survivor first climbs out from under the theme that goes, so no sub-theme ends up its own ancestor.
            themes = themes.stream().map(t -> !t.id().equals(intoId) ? t
                    : new Theme(t.id(), t.name(), t.description(), t.colour(), from.parentId())).toList();
        }
        themes = removeTheme(themes, from, Optional.of(intoId));
        return new CodebookState(new Codebook(themes, state.codebook().responseTypes()),
                retag(state.themeTags(), fromId, Optional.of(intoId)), state.responseTypeTags(),
                state.phrases().themeMerged(fromId, intoId));
    }

    /**
     * Deletes a theme. Its tags move to {@code reassignTo} when given, else they are dropped; its sub-themes move up to
     * its own parent.
     */
    public static CodebookState deleteTheme(CodebookState state, String themeId, Optional<String> reassignTo) {
        Theme theme = requireTheme(state, themeId);
        reassignTo.ifPresent(target -> {
            requireTheme(state, target);
            if (target.equals(themeId)) {
                throw new CodebookException("A theme's tags cannot be moved to the theme being deleted.");
            }
        });
        List<Theme> themes = removeTheme(state.codebook().themes(), theme, theme.parentId());
        Codebook codebook = new Codebook(themes, state.codebook().responseTypes());
        return new CodebookState(codebook, retag(state.themeTags(), themeId, reassignTo), state.responseTypeTags(),
                state.phrases().within(codebook));
    }

    /** Adds a response type at the end, with an id made from its name. */
    public static Added<ResponseType> addResponseType(CodebookState state, String name, String description) {
        String cleanName = requireName(name);
        Set<String> taken = state.codebook().responseTypes().stream().map(ResponseType::id).collect(Collectors.toSet());
        ResponseType type = new ResponseType(uniqueSlug(cleanName, taken), cleanName, description.strip());
        List<ResponseType> types = new ArrayList<>(state.codebook().responseTypes());
        types.add(type);
        return new Added<>(withResponseTypes(state, types, state.responseTypeTags()), type);
    }

    public static CodebookState updateResponseType(CodebookState state, ResponseType changed) {
        requireResponseType(state, changed.id());
        ResponseType clean = new ResponseType(changed.id(), requireName(changed.name()), changed.description().strip());
        return withResponseTypes(state, replace(state.codebook().responseTypes(), clean, ResponseType::id),
                state.responseTypeTags());
    }

    /** Merges one response type into another; items keep one tag of {@code intoId}, the stronger state winning. */
    public static CodebookState mergeResponseTypes(CodebookState state, String fromId, String intoId) {
        requireResponseType(state, fromId);
        requireResponseType(state, intoId);
        if (fromId.equals(intoId)) {
            throw new CodebookException("Choose two different response types to merge.");
        }
        CodebookState deleted = deleteResponseType(state, fromId, Optional.of(intoId));
        return new CodebookState(deleted.codebook(), deleted.themeTags(), deleted.responseTypeTags(),
                state.phrases().responseTypeMerged(fromId, intoId));
    }

    /** Deletes a response type; its tags move to {@code reassignTo} when given, else they are dropped. */
    public static CodebookState deleteResponseType(CodebookState state, String typeId, Optional<String> reassignTo) {
        requireResponseType(state, typeId);
        reassignTo.ifPresent(target -> {
            requireResponseType(state, target);
            if (target.equals(typeId)) {
                // Else the tags would point at a response type that is gone, and only the database would notice.
                throw new CodebookException("A response type's tags cannot be moved to the response type being deleted.");
            }
        });
        List<ResponseType> types = state.codebook().responseTypes().stream().filter(t -> !t.id().equals(typeId)).toList();
        return withResponseTypes(state, types, retag(state.responseTypeTags(), typeId, reassignTo));
    }

    /** Sets the phrases suggestions look for with a theme (cleaned: trimmed, no blanks, no repeats). */
    public static CodebookState setThemePhrases(CodebookState state, String themeId, List<String> phrases) {
        requireTheme(state, themeId);
        return new CodebookState(state.codebook(), state.themeTags(), state.responseTypeTags(),
                state.phrases().withTheme(themeId, CodebookPhrases.clean(phrases)));
    }

    /** Sets the phrases suggestions look for with a response type (cleaned like a theme's). */
    public static CodebookState setResponseTypePhrases(CodebookState state, String typeId, List<String> phrases) {
        requireResponseType(state, typeId);
        return new CodebookState(state.codebook(), state.themeTags(), state.responseTypeTags(),
                state.phrases().withResponseType(typeId, CodebookPhrases.clean(phrases)));
    }

    /** The ids of every theme below {@code themeId}, at any depth. */
    public static Set<String> descendants(CodebookState state, String themeId) {
        return state.codebook().descendants(themeId);
    }

    /** A lower-case slug of the name ("Pay & parity" → {@code pay-parity}), numbered when already taken. */
    static String uniqueSlug(String name, Set<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "code";
        }
        if (base.length() > 56) {
            base = base.substring(0, 56).replaceAll("-+$", "");
        }
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Removes {@code theme}; its children move to {@code newParent}, or to the top when that is the theme itself. */
    private static List<Theme> removeTheme(List<Theme> themes, Theme theme, Optional<String> newParent) {
        return themes.stream().filter(t -> !t.id().equals(theme.id()))
                .map(t -> t.parentId().filter(theme.id()::equals).isEmpty() ? t
                        : new Theme(t.id(), t.name(), t.description(), t.colour(),
                        newParent.filter(p -> !p.equals(t.id())).or(theme::parentId).filter(p -> !p.equals(t.id()))))
                .toList();
    }

    /** Moves every tag of {@code fromId} to {@code toId} (or drops it), keeping one tag per item, the stronger state. */
    private static List<ItemTag> retag(List<ItemTag> tags, String fromId, Optional<String> toId) {
        Map<String, ItemTag> byKey = new LinkedHashMap<>();
        for (ItemTag tag : tags) {
            if (!tag.codeId().equals(fromId)) {
                byKey.merge(tag.itemId() + " " + tag.codeId(), tag, CodebookEdits::stronger);
            }
        }
        toId.ifPresent(target -> tags.stream().filter(t -> t.codeId().equals(fromId))
                .map(t -> t.withCode(target))
                .forEach(moved -> byKey.merge(moved.itemId() + " " + target, moved, CodebookEdits::stronger)));
        return List.copyOf(byKey.values());
    }

    /** Confirmed beats suggested beats rejected: a member's yes outweighs a machine's guess or an old no. */
    private static ItemTag stronger(ItemTag a, ItemTag b) {
        return a.state().ordinal() <= b.state().ordinal() ? a : b;
    }

    private static <T> List<T> replace(List<T> list, T changed, Function<T, String> id) {
        return list.stream().map(t -> id.apply(t).equals(id.apply(changed)) ? changed : t).toList();
    }

    private static CodebookState withThemes(CodebookState state, List<Theme> themes) {
        return new CodebookState(new Codebook(themes, state.codebook().responseTypes()), state.themeTags(),
                state.responseTypeTags(), state.phrases());
    }

    private static CodebookState withResponseTypes(CodebookState state, List<ResponseType> types, List<ItemTag> tags) {
        Codebook codebook = new Codebook(state.codebook().themes(), types);
        return new CodebookState(codebook, state.themeTags(), tags, state.phrases().within(codebook));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new CodebookException("Give it a name.");
        }
        return name.strip();
    }

    private static Theme requireTheme(CodebookState state, String id) {
        return state.codebook().theme(id).orElseThrow(() -> new CodebookException("There is no theme \"" + id + "\"."));
    }

    private static ResponseType requireResponseType(CodebookState state, String id) {
        return state.codebook().responseType(id)
                .orElseThrow(() -> new CodebookException("There is no response type \"" + id + "\"."));
    }

    /** A state with what was added to it. */
    public record Added<T>(CodebookState state, T added) {
    }
}
