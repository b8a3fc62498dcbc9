package org.casebook.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.analysis.StepMarkers;
import org.casebook.analysis.StepMarkers.Step;
import org.casebook.analysis.WordDiff;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.DiffPart;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.TagState;
import org.casebook.domain.ThreadStep;
import org.casebook.service.ThreadService.CompareStep;

/** The pure part of threads: date order, the response types a step is judged by, markers and diffs. */
final class ThreadSteps {

    private final Map<Long, Item> items;
    private final Map<Long, Letter> letters;
    private final CaseSnapshot snapshot;

    ThreadSteps(CaseSnapshot snapshot) {
        this.snapshot = snapshot;
        this.items = snapshot.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        this.letters = snapshot.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
    }

    /** Letter date (undated letters last), then the order letters were imported in, then the item's place. */
    Comparator<Long> dateOrder() {
        return Comparator.comparing((Long id) -> letterOf(id).date().orElse(LocalDate.MAX))
                .thenComparingLong(id -> item(id).letterId())
                .thenComparingInt(id -> item(id).order());
    }

    List<Long> inDateOrder(List<Long> itemIds) {
        return itemIds.stream().filter(items::containsKey).sorted(dateOrder()).toList();
    }

    Item item(long itemId) {
        Item item = items.get(itemId);
        if (item == null) {
            throw new IllegalArgumentException("No item with id " + itemId);
        }
        return item;
    }

    Letter letterOf(long itemId) {
        return letters.get(item(itemId).letterId());
    }

    /** The thread's items in date order, each with its marker. */
    List<ThreadStep> steps(ConcernThread thread) {
        return StepMarkers.mark(inDateOrder(thread.itemIds()).stream().map(this::step).toList());
    }

    Map<Long, List<ThreadStep>> allSteps() {
        return snapshot.threads().stream().collect(Collectors.toMap(ConcernThread::id, this::steps));
    }

    List<CompareStep> compare(ConcernThread thread) {
        List<Long> ordered = inDateOrder(thread.itemIds());
        List<ThreadStep> marked = steps(thread);
        return java.util.stream.IntStream.range(0, ordered.size()).mapToObj(i -> {
            Item item = item(ordered.get(i));
            Optional<Item> previous = i == 0 ? Optional.empty() : Optional.of(item(ordered.get(i - 1)));
            List<DiffPart> diff = previous.flatMap(Item::response).isPresent() && item.response().isPresent()
                    ? WordDiff.parts(previous.get().response().orElseThrow(), item.response().orElseThrow())
                    : List.of();
            List<String> confirmed = confirmedTypes(item.id());
            return new CompareStep(item, letterOf(item.id()), confirmed.isEmpty() ? suggestedTypes(item.id()) : confirmed,
                    !confirmed.isEmpty(), item.stance(), marked.get(i).marker(), diff);
        }).toList();
    }

    /** The types a member confirmed; while there are none, the ones Casebook suggested stand in for them. */
    Step step(long itemId) {
        Item item = item(itemId);
        List<String> confirmed = confirmedTypes(itemId);
        Set<String> types = new HashSet<>(confirmed.isEmpty() ? suggestedTypes(itemId) : confirmed);
        return new Step(itemId, item.response(), types);
    }

    private List<String> confirmedTypes(long itemId) {
        return snapshot.tagIds(snapshot.itemResponseTypes(), itemId, TagState.CONFIRMED);
    }

    private List<String> suggestedTypes(long itemId) {
        return snapshot.tagIds(snapshot.itemResponseTypes(), itemId, TagState.SUGGESTED);
    }
}
