package org.casebook.storage;

import java.util.List;
import java.util.Optional;
import org.casebook.domain.Codebook;
import org.casebook.domain.CodebookState;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Theme;

/** Themes and response types of the case. */
public final class CodebookRepository {

    private final Sql sql;

    CodebookRepository(Sql sql) {
        this.sql = sql;
    }

    public Codebook load() {
        return new Codebook(themes(), responseTypes());
    }

    public List<Theme> themes() {
        return sql.query("SELECT id, name, description, colour, parent_id FROM theme ORDER BY sort_order, id",
                row -> new Theme(row.getString("id"), row.getString("name"), row.getString("description"),
                        row.getString("colour"), Optional.ofNullable(row.getString("parent_id"))));
    }

    public List<ResponseType> responseTypes() {
        return sql.query("SELECT id, name, description FROM response_type ORDER BY sort_order, id",
                row -> new ResponseType(row.getString("id"), row.getString("name"), row.getString("description")));
    }

    /** Adds a theme at the end of the list; its parent, if any, must exist already. */
    public void addTheme(Theme theme) {
        long order = sql.queryLong("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM theme");
        sql.update("INSERT INTO theme (id, name, description, colour, parent_id, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
                theme.id(), theme.name(), theme.description(), theme.colour(), theme.parentId(), order);
    }

    public void updateTheme(Theme theme) {
        sql.update("UPDATE theme SET name = ?, description = ?, colour = ?, parent_id = ? WHERE id = ?",
                theme.name(), theme.description(), theme.colour(), theme.parentId(), theme.id());
    }

    public void addResponseType(ResponseType type) {
        long order = sql.queryLong("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM response_type");
        sql.update("INSERT INTO response_type (id, name, description, sort_order) VALUES (?, ?, ?, ?)",
                type.id(), type.name(), type.description(), order);
    }

    /** The codebook with every tag that uses it, read together. */
    public CodebookState state() {
        ItemRepository items = new ItemRepository(sql);
        return new CodebookState(load(), items.themes(), items.responseTypes());
    }

    /**
     * Makes the codebook and its tags exactly {@code state}: how a codebook edit is stored and how it is undone.
     * Runs inside the caller's transaction, so a failure leaves everything as it was.
     */
    public void replace(CodebookState state) {
        sql.update("DELETE FROM item_theme");
        sql.update("DELETE FROM item_response_type");
        sql.update("UPDATE theme SET parent_id = NULL");
        sql.update("DELETE FROM theme");
        sql.update("DELETE FROM response_type");
        List<Theme> themes = state.codebook().themes();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            sql.update("INSERT INTO theme (id, name, description, colour, parent_id, sort_order) VALUES (?, ?, ?, ?, NULL, ?)",
                    theme.id(), theme.name(), theme.description(), theme.colour(), i);
        }
        themes.forEach(theme -> theme.parentId().ifPresent(parent ->
                sql.update("UPDATE theme SET parent_id = ? WHERE id = ?", parent, theme.id())));
        List<ResponseType> types = state.codebook().responseTypes();
        for (int i = 0; i < types.size(); i++) {
            ResponseType type = types.get(i);
            sql.update("INSERT INTO response_type (id, name, description, sort_order) VALUES (?, ?, ?, ?)",
                    type.id(), type.name(), type.description(), i);
        }
        ItemRepository items = new ItemRepository(sql);
        state.themeTags().forEach(items::setTheme);
        state.responseTypeTags().forEach(items::setResponseType);
    }

    void seed(Codebook codebook) {
        codebook.themes().forEach(this::addTheme);
        codebook.responseTypes().forEach(this::addResponseType);
    }
}
