package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.analysis.ConcernSimilarity;
import org.casebook.analysis.ConcernSimilarity.Concern;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.DiffPart;
import org.casebook.domain.Item;
import org.casebook.domain.ItemPair;
import org.casebook.domain.Letter;
import org.casebook.domain.LinkSuggestion;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;
import org.casebook.domain.ThreadStep;
import org.casebook.exchange.ThreadsJson;
import org.casebook.storage.Repositories;

/**
 * Threads: items of different letters that are the same concern, suggested by how alike their concerns read and
 * confirmed, rejected or made by hand by a member (ADR 0011). Every method is one transaction. Each change to threads
 * returns a {@link ThreadChange} holding the threads it touched before and after; {@link #revert} and {@link #apply}
 * put either back, with the same ids, which is what undo and redo use. Rejecting a link is undone by
 * {@link #unrejectLink}.
 */
public final class ThreadService {

    /** How alike two concerns must read to be suggested as one thread, unless the member sets another. */
    public static final double DEFAULT_THRESHOLD = ConcernSimilarity.DEFAULT_THRESHOLD;

    private static final int TITLE_LENGTH = 80;

    /** The threads one change touched, as they were and as they are; a thread absent on one side was made or deleted. */
    public record ThreadChange(List<ConcernThread> before, List<ConcernThread> after) {
        public ThreadChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        public boolean isEmpty() {
            return before.equals(after);
        }
    }

    /** A thread with a marker for each of its items, in date order. */
    public record MarkedThread(ConcernThread thread, List<ThreadStep> steps) {
        public MarkedThread {
            Objects.requireNonNull(thread, "thread");
            steps = List.copyOf(steps);
        }
    }

    /**
     * One column of the compare view: the item (its concern as worded then and the response), its letter, the response
     * types it is judged by (confirmed ones, or suggested ones while none is confirmed, as {@code typesConfirmed}
     * says), the group's stance, the marker, and the word diff from the previous step's response (empty for the
     * first step and whenever either response is missing).
     */
    public record CompareStep(Item item, Letter letter, List<String> responseTypeIds, boolean typesConfirmed,
                              Stance stance, StepMarker marker, List<DiffPart> diffToPrevious) {
        public CompareStep {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(letter, "letter");
            responseTypeIds = List.copyOf(responseTypeIds);
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(marker, "marker");
            diffToPrevious = List.copyOf(diffToPrevious);
        }
    }

    public List<ConcernThread> threads(CaseHandle handle) {
        return handle.read(r -> r.threads().all());
    }

    /** Every thread with its markers, for the export and the command line. */
    public List<MarkedThread> markedThreads(CaseHandle handle) {
        // The threads' own items and letters are all the markers need, not the whole case.
        CaseSnapshot snapshot = handle.read(Repositories::outline);
        Map<Long, List<ThreadStep>> steps = steps(snapshot);
        return snapshot.threads().stream().map(t -> new MarkedThread(t, steps.get(t.id()))).toList();
    }

    /**
     * Writes the threads with their markers as JSON ({@link ThreadsJson}), and the links to suggest at
     * {@code threshold} when {@code suggest} is set (an empty list otherwise). Reads in one transaction.
     */
    public void writeJson(CaseHandle handle, boolean suggest, double threshold, OutputStream out)
            throws IOException {
        CaseSnapshot snapshot = handle.read(Repositories::outline);
        List<LinkSuggestion> suggestions = suggest ? suggestLinks(handle, threshold) : List.of();
        new ThreadsJson().write(snapshot.threads(), steps(snapshot), suggestions, out);
    }

    /** The markers of every thread of a snapshot, by thread id. */
    public static Map<Long, List<ThreadStep>> steps(CaseSnapshot snapshot) {
        return new ThreadSteps(snapshot).allSteps();
    }

    /**
     * Links to suggest: pairs of items of different letters whose concerns score at least {@code threshold}, best
     * first, leaving out pairs already in one thread, pairs a member rejected and pairs that could not be linked
     * because one item's thread already holds an item of the other's letter.
     */
    public List<LinkSuggestion> suggestLinks(CaseHandle handle, double threshold) {
        return handle.read(r -> {
            List<org.casebook.storage.ItemRepository.ConcernRow> rows = r.items().concerns();
            Set<ItemPair> rejected = new HashSet<>(r.threads().rejectedLinks());
            Map<Long, ConcernThread> threadOfItem = new HashMap<>();
            r.threads().all().forEach(t -> t.itemIds().forEach(id -> threadOfItem.put(id, t)));
            Map<Long, Long> letterOf = new HashMap<>();
            rows.forEach(row -> letterOf.put(row.itemId(), row.letterId()));
            List<Concern> concerns = rows.stream().map(row -> new Concern(row.itemId(), row.letterId(), row.concern()))
                    .toList();
            return ConcernSimilarity.pairs(concerns, threshold).stream()
                    .filter(s -> !rejected.contains(new ItemPair(s.itemA(), s.itemB())))
                    .filter(s -> canLink(threadOfItem, letterOf, s.itemA(), s.itemB()))
                    .toList();
        });
    }

    /**
     * Links two items of different letters: a new thread titled after the earlier concern when neither is in one;
     * the other item joins when one is; two threads become one (the older) when both are.
     *
     * @throws IllegalArgumentException when the items are of one letter, or a thread would hold two items of a letter
     */
    public ThreadChange confirmLink(CaseHandle handle, long itemA, long itemB) {
        return handle.write(r -> {
            ThreadSteps order = new ThreadSteps(r.snapshot());
            List<ConcernThread> threads = r.threads().all();
            Optional<ConcernThread> first = threadOf(threads, itemA);
            Optional<ConcernThread> second = threadOf(threads, itemB);
            if (first.isPresent() && second.isPresent() && first.get().id() == second.get().id()) {
                return new ThreadChange(List.of(first.get()), List.of(first.get()));
            }
            List<Long> members = new ArrayList<>();
            first.ifPresentOrElse(t -> members.addAll(t.itemIds()), () -> members.add(itemA));
            second.ifPresentOrElse(t -> members.addAll(t.itemIds()), () -> members.add(itemB));
            requireOnePerLetter(order, members);
            List<Long> ordered = order.inDateOrder(members);
            List<ConcernThread> before = new ArrayList<>();
            first.ifPresent(before::add);
            second.ifPresent(before::add);
            if (before.isEmpty()) {
                ConcernThread made = r.threads().add(title(order.item(ordered.get(0)).concern()), ordered);
                return new ThreadChange(List.of(), List.of(made));
            }
            ConcernThread kept = before.stream().min((x, y) -> Long.compare(x.id(), y.id())).orElseThrow();
            before.stream().filter(t -> t.id() != kept.id()).forEach(t -> r.threads().delete(t.id()));
            ConcernThread after = new ConcernThread(kept.id(), kept.title(), ordered);
            r.threads().restore(after);
            return new ThreadChange(before, List.of(after));
        });
    }

    /** Puts an item into a thread by hand, in date order. Refused as {@link #confirmLink} refuses. */
    public ThreadChange linkByHand(CaseHandle handle, long threadId, long itemId) {
        return handle.write(r -> {
            ConcernThread thread = requireThread(r, threadId);
            if (thread.itemIds().contains(itemId)) {
                return new ThreadChange(List.of(thread), List.of(thread));
            }
            threadOf(r.threads().all(), itemId).ifPresent(other -> {
                throw new IllegalArgumentException("That item is already in the thread \"" + other.title()
                        + "\"; take it out of that thread first.");
            });
            ThreadSteps order = new ThreadSteps(r.snapshot());
            List<Long> members = new ArrayList<>(thread.itemIds());
            members.add(itemId);
            requireOnePerLetter(order, members);
            ConcernThread after = new ConcernThread(threadId, thread.title(), order.inDateOrder(members));
            r.threads().setItems(threadId, after.itemIds());
            return new ThreadChange(List.of(thread), List.of(after));
        });
    }

    /** Takes an item out of a thread; a thread left with fewer than two items links nothing and is deleted. */
    public ThreadChange unlink(CaseHandle handle, long threadId, long itemId) {
        return handle.write(r -> {
            ConcernThread thread = requireThread(r, threadId);
            List<Long> rest = thread.itemIds().stream().filter(id -> id != itemId).toList();
            if (rest.size() < 2) {
                r.threads().delete(threadId);
                return new ThreadChange(List.of(thread), List.of());
            }
            r.threads().removeItem(threadId, itemId);
            return new ThreadChange(List.of(thread), List.of(new ConcernThread(threadId, thread.title(), rest)));
        });
    }

    /** Never suggests this link again (until {@link #unrejectLink}). */
    public void rejectLink(CaseHandle handle, long itemA, long itemB) {
        handle.update(r -> r.threads().rejectLink(new ItemPair(itemA, itemB)));
    }

    public void unrejectLink(CaseHandle handle, long itemA, long itemB) {
        handle.update(r -> r.threads().unrejectLink(new ItemPair(itemA, itemB)));
    }

    public ThreadChange rename(CaseHandle handle, long threadId, String title) {
        String clean = title.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A thread needs a title.");
        }
        return handle.write(r -> {
            ConcernThread thread = requireThread(r, threadId);
            r.threads().rename(threadId, clean);
            return new ThreadChange(List.of(thread), List.of(new ConcernThread(threadId, clean, thread.itemIds())));
        });
    }

    /** Deletes a thread; its items stay where they are. */
    public ThreadChange delete(CaseHandle handle, long threadId) {
        return handle.write(r -> {
            ConcernThread thread = requireThread(r, threadId);
            r.threads().delete(threadId);
            return new ThreadChange(List.of(thread), List.of());
        });
    }

    /** Puts a deleted thread back with its id, title and items. */
    public void restore(CaseHandle handle, ConcernThread thread) {
        handle.update(r -> r.threads().restore(thread));
    }

    /** Undo: the touched threads as they were before the change. */
    public void revert(CaseHandle handle, ThreadChange change) {
        handle.update(r -> put(r, change.after(), change.before()));
    }

    /** Redo: the touched threads as they were after the change. */
    public void apply(CaseHandle handle, ThreadChange change) {
        handle.update(r -> put(r, change.before(), change.after()));
    }

    /** The compare view of a thread: one step per item in date order. */
    public List<CompareStep> compare(CaseHandle handle, long threadId) {
        return handle.read(r -> {
            ConcernThread thread = requireThread(r, threadId);
            return new ThreadSteps(r.snapshot()).compare(thread);
        });
    }

    /** The first line of a concern, cut at a word near {@value #TITLE_LENGTH} characters. */
    static String title(String concern) {
        String line = concern.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= TITLE_LENGTH) {
            return line.isEmpty() ? "Thread" : line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH).strip() + "…";
    }

    private static void put(Repositories r, List<ConcernThread> from, List<ConcernThread> to) {
        Set<Long> kept = to.stream().map(ConcernThread::id).collect(Collectors.toSet());
        from.stream().filter(t -> !kept.contains(t.id())).forEach(t -> r.threads().delete(t.id()));
        to.forEach(r.threads()::restore);
    }

    private static boolean canLink(Map<Long, ConcernThread> threadOfItem, Map<Long, Long> letterOf, long a, long b) {
        Optional<ConcernThread> ta = Optional.ofNullable(threadOfItem.get(a));
        Optional<ConcernThread> tb = Optional.ofNullable(threadOfItem.get(b));
        if (ta.isPresent() && tb.isPresent() && ta.get().id() == tb.get().id()) {
            return false;
        }
        List<Long> members = new ArrayList<>();
        ta.ifPresentOrElse(t -> members.addAll(t.itemIds()), () -> members.add(a));
        tb.ifPresentOrElse(t -> members.addAll(t.itemIds()), () -> members.add(b));
        return members.stream().map(letterOf::get).distinct().count() == members.size();
    }

    private static Optional<ConcernThread> threadOf(List<ConcernThread> threads, long itemId) {
        return threads.stream().filter(t -> t.itemIds().contains(itemId)).findFirst();
    }

    private static ConcernThread requireThread(Repositories r, long threadId) {
        return r.threads().byId(threadId)
                .orElseThrow(() -> new IllegalArgumentException("No thread with id " + threadId));
    }

    private static void requireOnePerLetter(ThreadSteps order, List<Long> members) {
        Set<Long> letters = new HashSet<>();
        for (long id : members) {
            if (!letters.add(order.item(id).letterId())) {
                throw new IllegalArgumentException("A thread links concerns of different letters, and it would hold "
                        + "two items of \"" + order.letterOf(id).title() + "\".");
            }
        }
    }
}
