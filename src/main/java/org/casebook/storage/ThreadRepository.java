package org.casebook.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.ItemPair;

/** Threads: items from different letters that are the same concern; and the links members rejected. */
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

    public Optional<ConcernThread> byId(long threadId) {
        List<Long> items = sql.query("SELECT item_id FROM thread_item WHERE thread_id = ? ORDER BY sort_order",
                row -> row.getLong("item_id"), threadId);
        return sql.queryOne("SELECT id, title FROM concern_thread WHERE id = ?",
                row -> new ConcernThread(row.getLong("id"), row.getString("title"), items), threadId);
    }

    /** Stores a new thread with its items in the given order and returns it with its id. */
    public ConcernThread add(String title, List<Long> itemIds) {
        long id = sql.insert("INSERT INTO concern_thread (title) VALUES (?)", title);
        insertItems(id, itemIds, 0);
        return new ConcernThread(id, title, itemIds);
    }

    /** Adds an item at the end of a thread. */
    public void addItem(long threadId, long itemId) {
        requireThread(threadId);
        int next = (int) sql.queryLong("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM thread_item WHERE thread_id = ?",
                threadId);
        insertItems(threadId, List.of(itemId), next);
    }

    public void removeItem(long threadId, long itemId) {
        sql.update("DELETE FROM thread_item WHERE thread_id = ? AND item_id = ?", threadId, itemId);
    }

    /** Puts a thread's items in this order (the items the thread has, and only those). */
    public void setItems(long threadId, List<Long> itemIds) {
        requireThread(threadId);
        sql.update("DELETE FROM thread_item WHERE thread_id = ?", threadId);
        insertItems(threadId, itemIds, 0);
    }

    public void rename(long threadId, String title) {
        if (sql.update("UPDATE concern_thread SET title = ? WHERE id = ?", title, threadId) != 1) {
            throw new IllegalArgumentException("No thread with id " + threadId);
        }
    }

    /** Deletes a thread and its links to items (the items stay). */
    public void delete(long threadId) {
        sql.update("DELETE FROM concern_thread WHERE id = ?", threadId);
    }

    /**
     * Puts a thread back exactly as given, with its old id, replacing whatever has that id now: what undo and redo
     * use, so later edits that name the thread by id still find it.
     */
    public void restore(ConcernThread thread) {
        delete(thread.id());
        sql.update("INSERT INTO concern_thread (id, title) VALUES (?, ?)", thread.id(), thread.title());
        insertItems(thread.id(), thread.itemIds(), 0);
    }

    /** The links members rejected, never to be suggested again. */
    public List<ItemPair> rejectedLinks() {
        return sql.query("SELECT item_a, item_b FROM thread_link_rejection ORDER BY item_a, item_b",
                row -> new ItemPair(row.getLong("item_a"), row.getLong("item_b")));
    }

    public void rejectLink(ItemPair pair) {
        if (sql.queryLong("SELECT COUNT(*) FROM thread_link_rejection WHERE item_a = ? AND item_b = ?",
                pair.itemA(), pair.itemB()) == 0) {
            sql.update("INSERT INTO thread_link_rejection (item_a, item_b) VALUES (?, ?)", pair.itemA(), pair.itemB());
        }
    }

    public void unrejectLink(ItemPair pair) {
        sql.update("DELETE FROM thread_link_rejection WHERE item_a = ? AND item_b = ?", pair.itemA(), pair.itemB());
    }

    private void insertItems(long threadId, List<Long> itemIds, int firstOrder) {
        for (int i = 0; i < itemIds.size(); i++) {
            sql.update("INSERT INTO thread_item (thread_id, item_id, sort_order) VALUES (?, ?, ?)",
                    threadId, itemIds.get(i), firstOrder + i);
        }
    }

    private void requireThread(long threadId) {
        if (sql.queryLong("SELECT COUNT(*) FROM concern_thread WHERE id = ?", threadId) == 0) {
            throw new IllegalArgumentException("No thread with id " + threadId);
        }
    }
}
