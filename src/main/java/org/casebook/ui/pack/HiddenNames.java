package org.casebook.ui.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.report.model.RedactedName;
import org.casebook.service.CaseHandle;
import org.casebook.service.PackSettingsService.PackSettings;
import org.casebook.service.PackSettingsService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/**
 * The group's name for the cover and the names a redacted pack hides. Every change stores the whole settings as one
 * undoable edit whose inverse stores the settings as they were, so undo puts back exactly what was there.
 */
public final class HiddenNames {

    private final CaseEdits edits;
    private final PackSettingsService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<NameRow> names = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper groupName = new ReadOnlyStringWrapper("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newRole = new SimpleStringProperty("");
    private PackSettings current = new PackSettings("", List.of());

    HiddenNames(CaseEdits edits, PackSettingsService service, DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.service = Objects.requireNonNull(service, "service");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    void reload(Optional<CaseHandle> database) {
        current = database.map(service::settings).orElse(new PackSettings("", List.of()));
        names.setAll(rows());
        groupName.set(current.groupName());
    }

    /** The names hidden, in the order they were added; change them through the commands. */
    public ObservableList<NameRow> names() {
        return FXCollections.unmodifiableObservableList(names);
    }

    public ReadOnlyStringProperty groupName() {
        return groupName.getReadOnlyProperty();
    }

    public void setGroupName(String name) {
        String stripped = name.strip();
        if (!stripped.equals(current.groupName())) {
            store(messages.get("pack.edit.groupName"), new PackSettings(stripped, current.names()));
        }
    }

    /** The name being typed in to add. */
    public StringProperty newName() {
        return newName;
    }

    /** The role being typed in for the name to add. */
    public StringProperty newRole() {
        return newRole;
    }

    /** Adds the name and role typed in, and empties both fields for the next one. */
    public void addNew() {
        if (add(Optional.ofNullable(newName.get()).orElse(""), Optional.ofNullable(newRole.get()).orElse(""))) {
            newName.set("");
            newRole.set("");
        }
    }

    /** Adds a name to hide; refused (and explained) when a part is blank or the name is listed already. */
    public boolean add(String name, String role) {
        Optional<RedactedName> entry = checked(name, role, -1);
        entry.ifPresent(e -> {
            List<RedactedName> next = new ArrayList<>(current.names());
            next.add(e);
            store(messages.get("pack.edit.names"), new PackSettings(current.groupName(), next));
        });
        return entry.isPresent();
    }

    /** Changes the name or the role of the entry at {@code index}. */
    public void change(int index, String name, String role) {
        Objects.checkIndex(index, current.names().size());
        checked(name, role, index).filter(e -> !e.equals(current.names().get(index))).ifPresentOrElse(e -> {
            List<RedactedName> next = new ArrayList<>(current.names());
            next.set(index, e);
            store(messages.get("pack.edit.names"), new PackSettings(current.groupName(), next));
        }, () -> names.setAll(rows()));
    }

    public void remove(int index) {
        Objects.checkIndex(index, current.names().size());
        List<RedactedName> next = new ArrayList<>(current.names());
        next.remove(index);
        store(messages.get("pack.edit.names"), new PackSettings(current.groupName(), next));
    }

    /** Adds the names found in the letters' greetings and sign-offs that the list does not hold yet. */
    public void findNames() {
        edits.handle().ifPresent(db -> {
            List<RedactedName> found = service.findNames(db).stream().filter(n -> indexOf(n.name(), -1) < 0).toList();
            if (found.isEmpty()) {
                dialogs.showInfo(messages.get("pack.names.find.none.title"), messages.get("pack.names.find.none.message"));
                return;
            }
            List<RedactedName> next = new ArrayList<>(current.names());
            next.addAll(found);
            store(messages.get("pack.edit.names"), new PackSettings(current.groupName(), next));
        });
    }

    private Optional<RedactedName> checked(String name, String role, int index) {
        String problem = name.isBlank() ? messages.get("pack.names.refused.noName")
                : role.isBlank() ? messages.format("pack.names.refused.noRole", name.strip())
                : indexOf(name, index) >= 0 ? messages.format("pack.names.refused.twice", name.strip()) : "";
        if (!problem.isEmpty()) {
            dialogs.showError(messages.get("pack.names.refused.title"), problem);
            names.setAll(rows());
            return Optional.empty();
        }
        return Optional.of(new RedactedName(name, role));
    }

    private List<NameRow> rows() {
        return current.names().stream().map(n -> new NameRow(n.name(), n.role())).toList();
    }

    /** Where the name is listed (ignoring case), not counting the entry at {@code except}; -1 when it is not. */
    private int indexOf(String name, int except) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < current.names().size(); i++) {
            if (i != except && current.names().get(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private void store(String description, PackSettings next) {
        PackSettings before = current;
        edits.perform(description, db -> service.store(db, next), db -> service.store(db, before));
    }
}
