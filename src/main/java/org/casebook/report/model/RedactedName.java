package org.casebook.report.model;

import java.util.Objects;

/**
 * A person's name that a redacted pack replaces by their role, e.g. "Danielle" → "[Chair]".
 *
 * @param name the name as it appears in letters ("Danielle", "Dr Tamar Smith")
 * @param role what the pack says instead, without brackets ("Chair", "Trust officer")
 */
public record RedactedName(String name, String role) {
    public RedactedName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        name = name.strip();
        role = role.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A name to hide cannot be empty");
        }
        if (role.isEmpty()) {
            throw new IllegalArgumentException("Give a role to show instead of " + name);
        }
    }
}
