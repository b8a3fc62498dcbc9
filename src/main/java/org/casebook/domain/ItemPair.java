package org.casebook.domain;

/** Two different items, lower id first, e.g. a link between them a member rejected. */
public record ItemPair(long itemA, long itemB) {
    public ItemPair {
        if (itemA == itemB) {
            throw new IllegalArgumentException("A pair needs two different items: " + itemA);
        }
        if (itemA > itemB) {
            long lower = itemB;
            itemB = itemA;
            itemA = lower;
        }
    }
}
