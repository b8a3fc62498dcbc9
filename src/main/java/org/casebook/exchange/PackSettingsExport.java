package org.casebook.exchange;

import java.util.List;
import java.util.Objects;

/**
 * A case's briefing-pack settings as the export carries them: the group's name for the cover and the names a
 * redacted pack hides, each with the role shown instead.
 */
public record PackSettingsExport(String groupName, List<HiddenName> hiddenNames) {

    /** A case that has set nothing for its packs. */
    public static final PackSettingsExport NONE = new PackSettingsExport("", List.of());

    public PackSettingsExport {
        Objects.requireNonNull(groupName, "groupName");
        hiddenNames = List.copyOf(hiddenNames);
    }

    /** A name hidden in redacted packs and what they show instead. */
    public record HiddenName(String name, String role) {
        public HiddenName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }
}
