package org.casebook.storage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.domain.ConcernThread;

/** Threads: items from different letters that are the same concern. */
public final class ThreadRepository {

    private final Sql sql;

    ThreadRepository(Sql sql) {
        this.sql = sql;
    }

    public List<ConcernThread> all() {
        Map<Long, List<Long>> members = sql.query("SELECT thread_id, item_id FROM thread_item ORDER BY thread_id, sort_order",
                        row -> Map.entry(row.getLong("thread_id"), row.getLong("item_id")))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return sql.query("SELECT id, title FROM concern_thread ORDER BY id",
                row -> new ConcernThread(row.getLong("id"), row.getString("title"),
                        members.getOrDefault(row.getLong("id"), List.of())));
    }

    /** Stores a new thread with its items in the given order and returns it with its id. */
    public ConcernThread add(String title, List<Long> itemIds) {
        long id = sql.insert("INSERT INTO concern_thread (title) VALUES (?)", title);
        for (int i = 0; i < itemIds.size(); i++) {
            sql.update("INSERT INTO thread_item (thread_id, item_id, sort_order) VALUES (?, ?, ?)", id, itemIds.get(i), i);
        }
        return new ConcernThread(id, title, itemIds);
    }
}
