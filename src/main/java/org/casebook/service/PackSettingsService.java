package org.casebook.service;

import java.util.List;
import java.util.Objects;
import org.casebook.report.RedactedName;
import org.casebook.storage.CaseDatabase;

/** What a case keeps for its briefing packs: the group's name for the cover, and the names a redacted pack hides. */
public final class PackSettingsService {

    /** A case's pack settings, stored and replaced whole so one undo restores them exactly. */
    public record PackSettings(String groupName, List<RedactedName> names) {
        public PackSettings {
            Objects.requireNonNull(groupName, "groupName");
            names = List.copyOf(names);
        }
    }

    public PackSettings settings(CaseDatabase db) {
        return new PackSettings("", List.of());
    }

    public void store(CaseDatabase db, PackSettings settings) {
        throw new UnsupportedOperationException("storing pack settings comes with the V4 migration");
    }

    /** Names found in the salutations and sign-offs of the case's letters that the list does not hold yet. */
    public List<RedactedName> findNames(CaseDatabase db) {
        return List.of();
    }
}
