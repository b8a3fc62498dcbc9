package org.casebook.domain;

/**
 * Two items of different letters whose concerns read alike, with how alike (0 to 1). The pair is kept in one order,
 * lower id first, so that the same two items always make the same suggestion.
 */
public record LinkSuggestion(long itemA, long itemB, double score) {
    public LinkSuggestion {
        if (itemA == itemB) {
            throw new IllegalArgumentException("An item is not linked to itself: " + itemA);
        }
        if (itemA > itemB) {
            long lower = itemB;
            itemB = itemA;
            itemA = lower;
        }
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("A similarity lies between 0 and 1: " + score);
        }
    }
}
