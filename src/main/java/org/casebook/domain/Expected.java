package org.casebook.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Hand-made ground truth for one letter: the codes each item carries, and the commitments with how their sentence
 * starts. Items are named by path ("1/c"); a commitment's place is an item path, "intro" or "closing".
 */
public record Expected(List<ExpectedItem> items, List<ExpectedCommitment> commitments) {

    public static final String INTRO = "intro";
    public static final String CLOSING = "closing";

    public record ExpectedItem(String path, Set<String> themes, Set<String> responseTypes) {
        public ExpectedItem {
            Objects.requireNonNull(path, "path");
            themes = Set.copyOf(themes);
            responseTypes = Set.copyOf(responseTypes);
        }
    }

    public record ExpectedCommitment(String place, String evidenceStarts) {
        public ExpectedCommitment {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(evidenceStarts, "evidenceStarts");
        }
    }

    public Expected {
        items = List.copyOf(items);
        commitments = List.copyOf(commitments);
    }

    /** The paths of the items, to tell which of several letters the truth is about. */
    public Set<String> paths() {
        return items.stream().map(ExpectedItem::path).collect(java.util.stream.Collectors.toSet());
    }
}
