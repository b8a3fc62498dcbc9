package org.casebook.storage;

import java.util.List;
import java.util.Objects;

/**
 * What a case keeps for its briefing packs: the group's name for the cover and the list of names a redacted pack
 * hides. The names come back as plain rows; the service turns them into the report's names, since storage knows
 * only the domain.
 */
public final class PackSettingsRepository {

    static final String GROUP_NAME = "pack.group-name";

    /** One listed name and the role shown instead of it, in the list's order. */
    public record NameRow(String name, String role) {
        public NameRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    private final Sql sql;

    PackSettingsRepository(Sql sql) {
        this.sql = sql;
    }

    /** The group's name for a pack's cover; empty text when none was given. */
    public String groupName() {
        return sql.queryOne("SELECT setting_value FROM case_setting WHERE setting_key = ?", row -> row.getString("setting_value"),
                GROUP_NAME).orElse("");
    }

    public void setGroupName(String groupName) {
        String clean = groupName.strip();
        if (sql.update("UPDATE case_setting SET setting_value = ? WHERE setting_key = ?", clean, GROUP_NAME) == 0) {
            sql.update("INSERT INTO case_setting (setting_key, setting_value) VALUES (?, ?)", GROUP_NAME, clean);
        }
    }

    public List<NameRow> names() {
        return sql.query("SELECT name, role FROM redaction_name ORDER BY sort_order",
                row -> new NameRow(row.getString("name"), row.getString("role")));
    }

    /**
     * Replaces the whole list, keeping the given order. Two names that differ only in case are refused by the
     * schema, and the caller's transaction then stores nothing.
     */
    public void replaceNames(List<NameRow> names) {
        sql.update("DELETE FROM redaction_name");
        for (int i = 0; i < names.size(); i++) {
            NameRow row = names.get(i);
            sql.update("INSERT INTO redaction_name (name, role, sort_order) VALUES (?, ?, ?)", row.name(), row.role(), i);
        }
    }
}
