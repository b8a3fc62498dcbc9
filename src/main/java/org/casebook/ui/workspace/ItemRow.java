package org.casebook.ui.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.Theme;

/**
 * One line of the items table: an item with what the member has said about it so far, and the themes and response
 * types Casebook suggests for it that the member has not yet accepted or rejected.
 */
public record ItemRow(Item item, Letter letter, List<Theme> themes, List<ResponseType> responseTypes,
                      int commitments, int notes, List<Theme> suggestedThemes,
                      List<ResponseType> suggestedResponseTypes, Map<String, SuggestionEvidence> evidence,
                      int suggestedCommitments) {

    public ItemRow {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(letter, "letter");
        themes = List.copyOf(themes);
        responseTypes = List.copyOf(responseTypes);
        suggestedThemes = List.copyOf(suggestedThemes);
        suggestedResponseTypes = List.copyOf(suggestedResponseTypes);
        evidence = Map.copyOf(evidence);
    }

    /** A row with nothing suggested. */
    public ItemRow(Item item, Letter letter, List<Theme> themes, List<ResponseType> responseTypes, int commitments,
                   int notes) {
        this(item, letter, themes, responseTypes, commitments, notes, List.of(), List.of(), Map.of(), 0);
    }

    /** Why a theme was suggested, when Casebook kept the reason. */
    public Optional<SuggestionEvidence> themeEvidence(String themeId) {
        return Optional.ofNullable(evidence.get("theme " + themeId));
    }

    /** Why a response type was suggested, when Casebook kept the reason. */
    public Optional<SuggestionEvidence> responseTypeEvidence(String typeId) {
        return Optional.ofNullable(evidence.get("type " + typeId));
    }

    /** Suggestions still waiting for the member's yes or no. */
    public int pendingSuggestions() {
        return suggestedThemes.size() + suggestedResponseTypes.size() + suggestedCommitments;
    }

    public long id() {
        return item.id();
    }

    public String path() {
        return item.path();
    }

    public Stance stance() {
        return item.stance();
    }

    /** The concern's first line, for the table; the whole text is in the detail pane. */
    public String concernFirstLine() {
        String text = item.concern().strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    public boolean hasTheme(String themeId) {
        return themes.stream().anyMatch(t -> t.id().equals(themeId));
    }

    public boolean hasResponseType(String typeId) {
        return responseTypes.stream().anyMatch(t -> t.id().equals(typeId));
    }
}
