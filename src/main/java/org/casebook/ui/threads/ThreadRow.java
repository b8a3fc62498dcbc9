package org.casebook.ui.threads;

import java.util.Objects;

/** A thread in the list: its title and how many letters' items it links. */
public record ThreadRow(long id, String title, int itemCount, String count) {
    public ThreadRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(count, "count");
    }
}
