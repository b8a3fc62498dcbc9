package org.casebook.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.casebook.domain.Letter;
import org.casebook.report.NameFinder;
import org.casebook.report.Redactor;
import org.casebook.report.model.RedactedName;
import org.casebook.storage.PackSettingsRepository.NameRow;
import org.casebook.storage.Repositories;

/** What a case keeps for its briefing packs: the group's name for the cover, and the names a redacted pack hides. */
public final class PackSettingsService {

    private final NameFinder finder = new NameFinder();

    /** A case's pack settings, stored and replaced whole so one undo restores them exactly. */
    public record PackSettings(String groupName, List<RedactedName> names) {
        public PackSettings {
            Objects.requireNonNull(groupName, "groupName");
            names = List.copyOf(names);
        }
    }

    public PackSettings settings(CaseHandle handle) {
        return handle.read(PackSettingsService::settings);
    }

    /**
     * Stores the group's name and the whole list of names in one transaction, replacing what was there: storing the
     * settings read before an edit undoes it. Two names that differ only in case are refused and nothing changes.
     */
    public void store(CaseHandle handle, PackSettings settings) {
        Set<String> seen = new HashSet<>();
        for (RedactedName name : settings.names()) {
            if (!seen.add(name.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("\"" + name.name() + "\" is in the list of names twice");
            }
        }
        handle.update(r -> {
            r.packSettings().setGroupName(settings.groupName());
            r.packSettings().replaceNames(settings.names().stream().map(n -> new NameRow(n.name(), n.role())).toList());
        });
    }

    /**
     * Names found in the salutations and sign-offs of the case's letters that the list does not hold yet (nor
     * hides already, as "Oum" is hidden by "Danielle Oum"), each once, with a guessed role.
     */
    public List<RedactedName> findNames(CaseHandle handle) {
        record Found(List<Letter> letters, PackSettings settings) {
        }
        Found read = handle.read(r -> new Found(r.letters().all(), settings(r)));
        return found(read.letters(), read.settings());
    }

    /**
     * Every name a redacted pack hides: the member's list, then the names found in the letters' salutations and
     * sign-offs that the list does not cover, so a name nobody listed yet is hidden all the same.
     */
    List<RedactedName> namesToHide(List<Letter> letters, PackSettings settings) {
        List<RedactedName> names = new ArrayList<>(settings.names());
        names.addAll(found(letters, settings));
        return List.copyOf(names);
    }

    private List<RedactedName> found(List<Letter> letters, PackSettings settings) {
        Redactor listed = Redactor.of(settings.names());
        Set<String> seen = new HashSet<>();
        List<RedactedName> names = new ArrayList<>();
        for (Letter letter : letters) {
            for (NameFinder.FoundName found : finder.find(textOf(letter))) {
                if (!listed.hides(found.name()) && seen.add(found.name().toLowerCase(Locale.ROOT))) {
                    names.add(found.toRedactedName());
                }
            }
        }
        return List.copyOf(names);
    }

    /** The letter as imported; a letter made by hand may have only its intro and closing. */
    private static String textOf(Letter letter) {
        return letter.fullText().isBlank() ? letter.intro() + "\n" + letter.closing() : letter.fullText();
    }

    static PackSettings settings(Repositories r) {
        return new PackSettings(r.packSettings().groupName(),
                r.packSettings().names().stream().map(row -> new RedactedName(row.name(), row.role())).toList());
    }
}
