package org.casebook.domain;

import java.util.regex.Pattern;

/** Rules for the slug ids of codebook entries. */
public final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    public static String requireSlug(String id) {
        if (id == null || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a valid id (lower-case words joined by '-'): " + id);
        }
        return id;
    }
}
