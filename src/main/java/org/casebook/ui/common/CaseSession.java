package org.casebook.ui.common;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.service.CaseBackup;
import org.casebook.service.CaseException;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.SampleCaseService;
import org.casebook.service.UserSettings.RecentCase;
import org.casebook.service.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case open in one window and the ways to get there: new, open, recent, close, restore a backup. Shared by the
 * welcome screen and the menus so both behave the same. One case per window: opening another closes this one first.
 * Plain JavaFX properties only, so it runs in tests without the JavaFX thread.
 */
public final class CaseSession {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSession.class);

    /** What the session needs from the rest of the app. */
    public record Dependencies(CaseService cases, UserSettings settings, DialogService dialogs, TaskRunner tasks,
                               Messages messages, ZoneId zone) {
        public Dependencies {
            Objects.requireNonNull(cases, "cases");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(zone, "zone");
        }
    }

    private final Dependencies deps;
    private final ReadOnlyObjectWrapper<Optional<OpenCase>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<RecentCase> recent = FXCollections.observableArrayList();
    private final ObservableList<RecentCase> recentView = FXCollections.unmodifiableObservableList(recent);

    public CaseSession(Dependencies deps) {
        this.deps = Objects.requireNonNull(deps, "deps");
        refreshRecent();
    }

    public ReadOnlyObjectProperty<Optional<OpenCase>> currentCaseProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<OpenCase> currentCase() {
        return current.get();
    }

    /** True while a case is being created, opened or restored; commands are refused meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Recent cases, newest first, missing ones marked. */
    public ObservableList<RecentCase> recentCases() {
        return recentView;
    }

    /** Asks where to put a new case and creates it there; cancelling creates nothing. */
    public void newCase() {
        if (busy.get()) {
            return;
        }
        deps.dialogs().chooseFileToSave(text("case.new.title"), text("case.new.suggestedName"))
                .ifPresent(location -> replaceCurrent("case.new.failed", () -> deps.cases().create(location)));
    }

    /** Asks for a case folder ({@code NAME.casebook}) and opens it. */
    public void openCase() {
        if (busy.get()) {
            return;
        }
        deps.dialogs().chooseFolder(text("case.open.title")).ifPresent(this::open);
    }

    /**
     * Opens the case at {@code root}, checking it first and offering a backup when it is not sound; it is already
     * open in this window when it is the current one.
     */
    public void open(Path root) {
        if (busy.get() || currentCase().filter(c -> c.root().equals(root.toAbsolutePath().normalize())).isPresent()) {
            return;
        }
        new OpenCheck(deps).thenOpen(root, busy::set,
                () -> replaceCurrent("case.open.failed", () -> deps.cases().open(root)),
                backup -> replaceCurrent("backup.failed", () -> {
                    deps.cases().restore(root, backup);
                    return deps.cases().open(root);
                }));
    }

    /** Opens the sample case kept at {@code location}, making it there first when it is not there yet. */
    public void openSample(Path location, SampleCaseService samples) {
        if (busy.get()) {
            return;
        }
        if (samples.exists(location)) {
            open(location);
        } else {
            replaceCurrent("sample.failed", () -> samples.create(location));
        }
    }

    public void closeCase() {
        currentCase().ifPresent(open -> {
            current.set(Optional.empty());
            open.handle().close();
            LOG.info("Closed case {}", open.root());
        });
    }

    /** Reads the open case's counts again after something was stored in it, so the window shows what is there now. */
    public void refreshSummary() {
        currentCase().ifPresent(open -> current.set(Optional.of(
                new OpenCase(open.handle(), deps.cases().summary(open.handle())))));
    }

    public void removeFromRecent(Path root) {
        deps.settings().removeRecentCase(root);
        refreshRecent();
    }

    /** Lets the member pick one of the current case's backups, then closes the case, restores it and reopens. */
    public void restoreBackup() {
        Optional<OpenCase> open = currentCase();
        if (busy.get() || open.isEmpty()) {
            return;
        }
        Path root = open.get().root();
        List<CaseBackup> backups = deps.cases().backups(root);
        if (backups.isEmpty()) {
            deps.dialogs().showInfo(text("backup.none.title"), text("backup.none.message"));
            return;
        }
        Optional<CaseBackup> chosen = deps.dialogs().chooseFromList(text("backup.choose.title"),
                text("backup.choose.message"), backups, this::describe);
        if (chosen.isEmpty() || !deps.dialogs().confirm(text("backup.confirm.title"),
                deps.messages().format("backup.confirm.message", when(chosen.get())), text("backup.confirm.action"))) {
            return;
        }
        closeCase();
        replaceCurrent("backup.failed", () -> {
            deps.cases().restore(root, chosen.get());
            return deps.cases().open(root);
        });
    }

    /** How a backup is listed: when it was taken (local time) and its size. */
    public String describe(CaseBackup backup) {
        return deps.messages().format("backup.entry", when(backup), size(backup.sizeBytes()));
    }

    private String when(CaseBackup backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.UK).withZone(deps.zone()).format(backup.taken());
    }

    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return deps.messages().format("size.kilobytes", number.format(Math.max(1, bytes / 1024.0)));
        }
        return deps.messages().format("size.megabytes", number.format(bytes / (1024.0 * 1024.0)));
    }

    /** Closes what is open, then opens what {@code opening} gives in the background; a failure leaves no case open. */
    private void replaceCurrent(String failureTitleKey, Supplier<CaseHandle> opening) {
        closeCase();
        busy.set(true);
        deps.tasks().<OpenCase>run(progress -> {
            progress.progress(-1, -1, text("status.working"));
            CaseHandle database = opening.get();
            try {
                return new OpenCase(database, deps.cases().summary(database));
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }, opened -> {
            busy.set(false);
            current.set(Optional.of(opened));
            deps.settings().addRecentCase(opened.root());
            refreshRecent();
        }, failure -> {
            busy.set(false);
            refreshRecent();
            if (failure instanceof CaseException caseProblem) {
                LOG.info("{}: {}", caseProblem.problem(), caseProblem.getMessage());
                reportCaseProblem(text(failureTitleKey), caseProblem);
            } else {
                LOG.error("Unexpected failure", failure);
                deps.dialogs().showError(text(failureTitleKey), text("case.failed.unexpected"), failure);
            }
        });
    }

    /**
     * A recent case whose folder has gone (moved, deleted, drive unplugged) is the usual way to meet "no case here";
     * then the member is offered to take it off the list, and nothing else is touched.
     */
    private void reportCaseProblem(String title, CaseException problem) {
        boolean goneRecent = problem.problem() == CaseException.Problem.NOT_A_CASE
                && recent.stream().anyMatch(r -> r.missing() && r.path().equals(problem.path()));
        if (!goneRecent) {
            deps.dialogs().showError(title, problem.getMessage());
        } else if (deps.dialogs().confirm(title, deps.messages().format("case.missing.message", problem.getMessage()),
                text("welcome.recent.remove"))) {
            removeFromRecent(problem.path());
        }
    }

    private void refreshRecent() {
        recent.setAll(deps.settings().recentCases());
    }

    private String text(String key) {
        return deps.messages().get(key);
    }

    /** Closes the open case, if any; for the window closing or the app quitting. */
    public void shutdown() {
        closeCase();
    }
}
