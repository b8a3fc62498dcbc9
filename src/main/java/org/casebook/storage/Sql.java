package org.casebook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.SuggestionEvidence;

/** The few JDBC moves every repository makes, each with its statements closed. */
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long queryLong(String sql, Object... params) {
        return queryOne(sql, row -> row.getLong(1), params).orElse(0L);
    }

    /** Runs an INSERT and returns the generated id. */
    long insert(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, true, params)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No id was generated");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, boolean returnKeys, Object... params) throws SQLException {
        PreparedStatement statement = returnKeys
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, unwrap(params[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Object unwrap(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    static Optional<Long> optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Integer> optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<LocalDate> optionalDate(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    /** The evidence of a suggestion, stored in the columns {@code rule} and {@code matched}; empty when none. */
    static Optional<SuggestionEvidence> evidence(ResultSet row) throws SQLException {
        String rule = row.getString("rule");
        return rule == null ? Optional.empty()
                : Optional.of(new SuggestionEvidence(rule, Optional.ofNullable(row.getString("matched")).orElse("")));
    }

    private static StorageException failed(String sql, SQLException e) {
        return new StorageException("Database statement failed: " + e.getMessage() + " [" + firstWords(sql) + "]", e);
    }

    private static String firstWords(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }

    /** A CLOB column read as a string under its own name: {@code CAST(column AS CHARACTER VARYING) AS column}. */
    static String text(String column) {
        return text(column, column);
    }

    /** A CLOB expression read as a string, named {@code name} in the result. */
    static String text(String expression, String name) {
        return "CAST(" + expression + " AS CHARACTER VARYING) AS " + name;
    }
}
