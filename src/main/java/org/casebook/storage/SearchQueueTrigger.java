package org.casebook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * Puts the letter a changed row belongs to on the search queue (schema 7, ADR 23), in the transaction of the
 * change, so that every way of changing a case (screens, commands, imports, merges yet to come) reaches the index
 * without each remembering to. Its class name is written into every case's database: it must not be renamed.
 */
public final class SearchQueueTrigger implements Trigger {

    private static final String CAMPAIGN_LETTERS = "SELECT i.letter_id FROM foi_answer a "
            + "JOIN foi_request r ON r.id = a.request_id JOIN item i ON i.id = a.item_id WHERE r.campaign_id = ?";

    private static final String THE_LETTER = "SELECT CAST(? AS BIGINT)";

    /** How to find the letters from the changed row's column, per table. */
    private static final Map<String, String[]> LETTERS_OF = Map.ofEntries(
            Map.entry("LETTER", new String[] {"ID", THE_LETTER}),
            Map.entry("ITEM", new String[] {"LETTER_ID", THE_LETTER}),
            Map.entry("COMMITMENT", new String[] {"LETTER_ID", THE_LETTER}),
            Map.entry("ITEM_THEME", new String[] {"ITEM_ID", "SELECT letter_id FROM item WHERE id = ?"}),
            Map.entry("ITEM_RESPONSE_TYPE", new String[] {"ITEM_ID", "SELECT letter_id FROM item WHERE id = ?"}),
            Map.entry("NOTE", new String[] {"ITEM_ID", "SELECT letter_id FROM item WHERE id = ?"}),
            Map.entry("FOI_ANSWER", new String[] {"ITEM_ID", "SELECT letter_id FROM item WHERE id = ?"}),
            Map.entry("BODY", new String[] {"ID", "SELECT id FROM letter WHERE body_id = ?"}),
            Map.entry("MEETING", new String[] {"ID", "SELECT id FROM letter WHERE meeting_id = ?"}),
            Map.entry("CAMPAIGN", new String[] {"ID", CAMPAIGN_LETTERS}),
            Map.entry("CAMPAIGN_QUESTION", new String[] {"CAMPAIGN_ID", CAMPAIGN_LETTERS}));

    private String insert;
    private int column = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        String[] how = LETTERS_OF.get(table.toUpperCase(Locale.ROOT));
        if (how == null) {
            throw new SQLException("The search queue does not follow the table " + table);
        }
        this.insert = "INSERT INTO search_queue (letter_id) SELECT DISTINCT * FROM (" + how[1] + ") AS l";
        Map<String, Integer> columns = new HashMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rows.getInt("ORDINAL_POSITION") - 1);
            }
        }
        Integer position = columns.get(how[0]);
        if (position == null) {
            throw new SQLException("The table " + table + " has no column " + how[0]);
        }
        this.column = position;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Object before = oldRow == null ? null : oldRow[column];
        Object after = newRow == null ? null : newRow[column];
        queue(connection, after);
        if (before != null && !before.equals(after)) {
            queue(connection, before);
        }
    }

    private void queue(Connection connection, Object key) throws SQLException {
        if (key == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, key);
            statement.executeUpdate();
        }
    }
}
