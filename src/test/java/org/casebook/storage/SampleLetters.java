package org.casebook.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;

/** Stores a small made-up letter with numbered items, for tests that need items to tag, note and promise about. */
public final class SampleLetters {

    /** A letter as stored, with its items in order. */
    public record Stored(Letter letter, List<Item> items) {
        public Item item(int index) {
            return items.get(index);
        }
    }

    private SampleLetters() {
    }

    /** One letter with {@code count} top-level items labelled 1, 2, 3, …, stored in one transaction. */
    /** {@link #store(CaseDatabase, int)} into a case a service opened. */
    public static Stored store(CaseHandle handle, int count) {
        return store(CaseAccess.database(handle), count);
    }

    public static Stored store(CaseDatabase database, int count) {
        return database.write(r -> {
            Letter letter = r.letters().add(new Letter(0, "Reply to the group", Optional.empty(), "Chief Executive",
                    "The group", Optional.empty(), Optional.empty(), Optional.empty(), "Dear all", "Yours sincerely",
                    "Dear all", Optional.empty()));
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                items.add(r.items().add(new Item(0, letter.id(), Optional.empty(), String.valueOf(i), String.valueOf(i),
                        i, "Concern " + i, Optional.of("Response " + i), Optional.empty(), Optional.empty(),
                        Stance.UNDECIDED, "")));
            }
            return new Stored(letter, List.copyOf(items));
        });
    }
}
