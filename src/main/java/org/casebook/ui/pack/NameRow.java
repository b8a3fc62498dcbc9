package org.casebook.ui.pack;

/** A row of the hidden names table: a name and what a redacted pack shows instead. */
public record NameRow(String name, String role) {
}
