package org.casebook.service;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.casebook.domain.CancelledException;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.search.LetterContent;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.search.CaseIndex;
import org.casebook.search.FilterQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of one open case, kept in step with its database (ADR 23). After every change the handle calls
 * {@link #changed()}, which takes the letters the database's queue names into the index; before every search the
 * same happens, so a search always sees every stored change. The index is opened when first needed, built from
 * scratch when it is missing, damaged or of an older format, and committed now and then and when the case closes;
 * what a crash loses of it is taken in again from the queue on the next open.
 */
final class CaseSearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSearch.class);
    private static final int BATCH = 250;
    private static final long COMMIT_EVERY_NANOS = 2_000_000_000L;

    private final CaseHandle handle;
    private final ReentrantLock lock = new ReentrantLock();
    private CaseIndex index;
    private boolean whole;
    private volatile boolean closing;
    private long lastCommit = System.nanoTime();
    private long committed = -1;

    CaseSearch(CaseHandle handle) {
        this.handle = handle;
    }

    private Path folder() {
        return handle.folder().search();
    }

    /** Whether the index must be built from scratch before it can answer. */
    boolean needsBuilding() {
        return locked(() -> {
            open();
            return !whole;
        });
    }

    /** Builds the index when it must be, else takes in what changed since it was last brought up to date. */
    void prepare(ProgressListener progress) {
        lockedRun(() -> {
            open();
            if (!whole) {
                build(progress);
            } else {
                catchUp();
            }
        });
    }

    /** Builds the index from the database, whatever it holds now; cancelling leaves it as it was. */
    void rebuild(ProgressListener progress) {
        lockedRun(() -> {
            open();
            build(progress);
        });
    }

    SearchResults search(SearchQuery query, FilterQueries.Expanded filters) {
        return locked(() -> {
            open();
            if (!whole) {
                build(ProgressListener.NONE);
            }
            catchUp();
            return index.search(query, filters);
        });
    }

    /** The index's documents and size on disk, once it is up to date. */
    SearchService.IndexFigures figures() {
        return locked(() -> {
            open();
            if (!whole) {
                build(ProgressListener.NONE);
            }
            catchUp();
            return new SearchService.IndexFigures(index.documents(), index.sizeBytes(), folder(), whole);
        });
    }

    /**
     * Called after every stored change. An index not yet opened is opened only if one was built before (a command
     * run on a case the app has searched); a busy index (being built) is left, and the build's end takes it in. A
     * failure here never undoes the change: the queue keeps it for the next open.
     */
    void changed() {
        if (closing || !lock.tryLock()) {
            return;
        }
        try {
            if (index == null && !CaseIndex.exists(folder())) {
                return;
            }
            open();
            if (whole) {
                catchUp();
                if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                    commit();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The search index of {} was not brought up to date; it will be on the next open", handle.root(), e);
        } finally {
            lock.unlock();
        }
    }

    private void open() {
        if (index == null) {
            index = CaseIndex.open(folder());
            whole = index.condition() == CaseIndex.Condition.READY;
            if (!whole) {
                LOG.info("The search index of {} is {}; it will be built", handle.root(), index.condition());
            }
        }
    }

    private void build(ProgressListener progress) {
        long upTo = handle.read(r -> r.search().lastQueued());
        List<Long> ids = handle.read(r -> r.search().letterIds());
        index.removeAll();
        for (int start = 0; start < ids.size(); start += BATCH) {
            if (progress.isCancelled() || closing) {
                index.rollback();
                throw new CancelledException("Building the search index");
            }
            progress.progress(start, ids.size(), "Indexing letters");
            List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            handle.read(r -> r.search().contents(batch)).forEach(index::replace);
        }
        progress.progress(ids.size(), ids.size(), "Saving the index");
        index.commit(upTo, true);
        whole = true;
        catchUp();
        commit();
    }

    /** Takes the letters queued since the index's last entry into it; a removed letter leaves no trace in its files. */
    private void catchUp() {
        long applied = index.applied();
        Changes changes = handle.read(r -> {
            long last = r.search().lastQueued();
            if (last <= applied) {
                return new Changes(last, Set.of(), List.of());
            }
            Set<Long> letters = r.search().changedAfter(applied);
            return new Changes(last, letters, r.search().contents(letters));
        });
        if (changes.letters().isEmpty()) {
            return;
        }
        Set<Long> present = new HashSet<>();
        changes.contents().forEach(c -> {
            index.replace(c);
            present.add(c.letter().id());
        });
        boolean removed = false;
        for (long id : changes.letters()) {
            if (!present.contains(id)) {
                index.remove(id);
                removed = true;
            }
        }
        index.advance(changes.last());
        if (removed) {
            index.purgeRemoved();
            commit();
        }
    }

    private void commit() {
        long applied = index.applied();
        if (applied == committed && !index.hasUncommittedChanges()) {
            return;
        }
        index.commit(applied, whole);
        committed = applied;
        lastCommit = System.nanoTime();
        if (applied > 0) {
            handle.database().update(r -> r.search().clearUpTo(applied));
        }
    }

    @Override
    public void close() {
        closing = true;
        lock.lock();
        try {
            if (index != null) {
                if (whole) {
                    catchUp();
                }
                commit();
                index.close();
                index = null;
            }
        } catch (RuntimeException e) {
            LOG.warn("The search index of {} was not saved on closing; it will be brought up to date on the next open",
                    handle.root(), e);
            if (index != null) {
                index.close();
                index = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void lockedRun(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    private record Changes(long last, Set<Long> letters, List<LetterContent> contents) {
    }
}
