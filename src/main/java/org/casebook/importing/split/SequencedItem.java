package org.casebook.importing.split;

import java.util.Optional;

/**
 * An item whose label fits the letter's numbering.
 *
 * @param paragraph  index of the paragraph the item starts at
 * @param label      the label as stored ({@code 1}, {@code a}, {@code ii})
 * @param path       labels from the top joined by '/'
 * @param parentPath the parent's path for sub-items
 * @param labelLength characters of the paragraph taken by the label
 * @param run        0 for the first numbered list; 1 when numbering starts again at 1 (questions listed, then answered)
 */
public record SequencedItem(int paragraph, String label, String path, Optional<String> parentPath, int labelLength, int run) {

    public int level() {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
