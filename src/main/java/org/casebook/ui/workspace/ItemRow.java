package org.casebook.ui.workspace;

import java.util.List;
import java.util.Objects;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;

/** One line of the items table: an item with what the member has said about it so far. */
public record ItemRow(Item item, Letter letter, List<Theme> themes, List<ResponseType> responseTypes,
                      int commitments, int notes) {

    public ItemRow {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(letter, "letter");
        themes = List.copyOf(themes);
        responseTypes = List.copyOf(responseTypes);
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
