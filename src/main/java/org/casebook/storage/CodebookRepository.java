package org.casebook.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.domain.Codebook;
import org.casebook.domain.CodebookPhrases;
import org.casebook.domain.CodebookState;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Theme;

/** Themes and response types of the case, with the phrases suggestions look for. */
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
        return new CodebookState(load(), items.themes(), items.responseTypes(), phrases());
    }

    /** The phrases of every theme and response type, each list in the order the member gave. */
    public CodebookPhrases phrases() {
        return new CodebookPhrases(
                grouped(sql.query("SELECT theme_id, phrase FROM theme_phrase ORDER BY theme_id, sort_order",
                        row -> Map.entry(row.getString(1), row.getString(2)))),
                grouped(sql.query("SELECT response_type_id, phrase FROM response_type_phrase "
                                + "ORDER BY response_type_id, sort_order",
                        row -> Map.entry(row.getString(1), row.getString(2)))));
    }

    /** Makes the phrases exactly {@code phrases}; every code named must exist. */
    public void setPhrases(CodebookPhrases phrases) {
        sql.update("DELETE FROM theme_phrase");
        sql.update("DELETE FROM response_type_phrase");
        phrases.themes().forEach((id, list) -> insertPhrases("theme_phrase", "theme_id", id, list));
        phrases.responseTypes().forEach((id, list) -> insertPhrases("response_type_phrase", "response_type_id", id, list));
    }

    private void insertPhrases(String table, String column, String codeId, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            sql.update("INSERT INTO " + table + " (" + column + ", phrase, sort_order) VALUES (?, ?, ?)",
                    codeId, phrases.get(i), i);
        }
    }

    private static Map<String, List<String>> grouped(List<Map.Entry<String, String>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * Makes the codebook and its tags exactly {@code state}: how a codebook edit is stored and how it is undone.
     * Runs inside the caller's transaction, so a failure leaves everything as it was.
     */
    public void replace(CodebookState state) {
        sql.update("DELETE FROM item_theme");
        sql.update("DELETE FROM item_response_type");
        sql.update("DELETE FROM theme_phrase");
        sql.update("DELETE FROM response_type_phrase");
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
        setPhrases(state.phrases());
    }

    /** A new case's codebook; phrases for codes it does not have are left out. */
    void seed(Codebook codebook, CodebookPhrases phrases) {
        codebook.themes().forEach(this::addTheme);
        codebook.responseTypes().forEach(this::addResponseType);
        setPhrases(phrases.within(codebook));
    }
}
