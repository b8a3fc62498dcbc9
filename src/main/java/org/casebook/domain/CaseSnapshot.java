package org.casebook.domain;

import java.util.List;

/** Everything a case holds, read in one transaction: the source for exports and reports. */
public record CaseSnapshot(
        Codebook codebook,
        List<Body> bodies,
        List<Meeting> meetings,
        List<Letter> letters,
        List<Item> items,
        List<ItemTag> itemThemes,
        List<ItemTag> itemResponseTypes,
        List<Note> notes,
        List<Commitment> commitments,
        List<ConcernThread> threads) {

    public CaseSnapshot {
        bodies = List.copyOf(bodies);
        meetings = List.copyOf(meetings);
        letters = List.copyOf(letters);
        items = List.copyOf(items);
        itemThemes = List.copyOf(itemThemes);
        itemResponseTypes = List.copyOf(itemResponseTypes);
        notes = List.copyOf(notes);
        commitments = List.copyOf(commitments);
        threads = List.copyOf(threads);
    }

    public List<Item> itemsOf(long letterId) {
        return items.stream().filter(i -> i.letterId() == letterId).toList();
    }

    public List<String> tagIds(List<ItemTag> tags, long itemId, TagState state) {
        return tags.stream().filter(t -> t.itemId() == itemId && t.state() == state).map(ItemTag::codeId).toList();
    }
}
