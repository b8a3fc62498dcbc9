package org.casebook.importing.split;

import org.casebook.domain.TextSpan;

/**
 * An item on its way to becoming a split item.
 *
 * @param item     its place in the numbering
 * @param boundary where its concern and response lie
 * @param body     everything after the label, up to the next item: the answer, when a second list holds only answers
 */
public record ItemDraft(SequencedItem item, Boundary boundary, TextSpan body) {
}
