package org.casebook.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Codebook;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;

/** A pack's input made by hand: one letter (id 1, "A reply", dated {@code day}) and its items, nothing else. */
final class OneLetterCase {

    private OneLetterCase() {
    }

    static PackInput input(LocalDate day, String fullText, List<Item> items) {
        Letter letter = new Letter(1, "A reply", Optional.of(day), "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), "", "", fullText, Optional.empty());
        CaseSnapshot snapshot = new CaseSnapshot(new Codebook(List.of(), List.of()), List.of(), List.of(),
                List.of(letter), items, List.of(), List.of(), List.of(), List.of(), List.of());
        return new PackInput(snapshot, Map.of(), "", List.of(), day);
    }
}
