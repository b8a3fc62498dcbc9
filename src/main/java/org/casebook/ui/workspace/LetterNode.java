package org.casebook.ui.workspace;

import java.util.List;
import java.util.Objects;
import org.casebook.ui.workspace.ItemFilter.Scope;

/**
 * One entry of the letters tree (all letters, a body, a meeting or a letter) with its counts: items, items the group
 * disputes, and the Trust's commitments still open.
 */
public record LetterNode(Scope scope, String label, int items, int disputed, int openCommitments,
                         List<LetterNode> children) {
    public LetterNode {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }
}
