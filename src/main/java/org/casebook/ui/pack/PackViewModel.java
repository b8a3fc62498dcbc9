package org.casebook.ui.pack;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Worker;
import org.casebook.domain.CancelledException;
import org.casebook.domain.Meeting;
import org.casebook.report.model.PackDocument;
import org.casebook.service.BodyService;
import org.casebook.service.CaseHandle;
import org.casebook.service.CodebookService;
import org.casebook.service.PackRequest;
import org.casebook.service.PackService;
import org.casebook.service.PackSettingsService;
import org.casebook.service.ThreadService;
import org.casebook.service.UserSettings;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The briefing pack screen: what goes in ({@link ScopeChoices}), how it is written ({@link PackForm}), the names a
 * redacted pack hides ({@link HiddenNames}); making the pack in the background with progress and Cancel, then its
 * preview, saving and printing. Reads the case again after every edit, like every screen.
 */
public final class PackViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PackViewModel.class);
    private static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
    private static final int FIT_WIDTH = 2;

    /** Prints a pack and says whether it went to the printer; the app's shows the system print dialog. */
    @FunctionalInterface
    public interface Printer {
        boolean print(PackDocument pack) throws Exception;
    }

    /** What the screen needs. */
    public record Dependencies(CaseEdits edits, PackService packs, PackSettingsService settings, BodyService bodies,
                               CodebookService codebook, ThreadService threads, TaskRunner tasks,
                               DialogService dialogs, Messages messages, Printer printer, UserSettings preferences) {
        public Dependencies {
            Objects.requireNonNull(preferences, "preferences");
            Objects.requireNonNull(edits, "edits");
            Objects.requireNonNull(packs, "packs");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(bodies, "bodies");
            Objects.requireNonNull(codebook, "codebook");
            Objects.requireNonNull(threads, "threads");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(printer, "printer");
        }

        /** The system print dialog. */
        public static Printer systemPrinter(PackService packs) {
            return packs::print;
        }
    }

    /** A pack on show: the file, with its title and date, and its pages for the preview. */
    public record Made(PackDocument document, PageImages pages) {
    }

    private final Dependencies deps;
    private final ScopeChoices scope;
    private final PackForm form;
    private final HiddenNames names;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Made>> made = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper hasPack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final IntegerProperty currentPage = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(ZOOMS[FIT_WIDTH]);
    private final ReadOnlyStringWrapper zoomLabel = new ReadOnlyStringWrapper("");
    private Optional<Worker<?>> running = Optional.empty();
    private Optional<CaseHandle> shownFor = Optional.empty();
    private int zoomStep = FIT_WIDTH;

    public PackViewModel(Dependencies deps) {
        this.deps = Objects.requireNonNull(deps, "deps");
        this.scope = new ScopeChoices(deps.messages());
        this.form = new PackForm(deps.messages().get("pack.options.title.default"), deps.packs().today());
        this.names = new HiddenNames(deps.edits(), deps.settings(), deps.dialogs(), deps.messages());
        made.addListener((obs, old, now) -> {
            old.ifPresent(m -> m.pages().close());
            hasPack.set(now.isPresent());
            currentPage.set(0);
            showPage();
        });
        currentPage.addListener((obs, old, now) -> showPage());
        deps.edits().version().addListener((obs, old, now) -> reload());
        rememberPrintChoices();
        scope.meeting().addListener((obs, old, now) -> form.offerFor(
                scope.chosenMeeting().map(m -> deps.messages().format("pack.options.title.meeting", m.name())),
                scope.chosenMeeting().flatMap(Meeting::date)));
        showZoom();
        reload();
    }

    /** Large print, hidden names and notes start as the member last chose them, and each change is remembered. */
    private void rememberPrintChoices() {
        UserSettings.PackPreferences last = deps.preferences().packPreferences();
        form.largePrint().set(last.largePrint());
        form.redact().set(last.redact());
        form.includeNotes().set(last.includeNotes());
        InvalidationListener remember = obs -> deps.preferences().setPackPreferences(
                new UserSettings.PackPreferences(form.largePrint().get(), form.redact().get(),
                        form.includeNotes().get()));
        form.largePrint().addListener(remember);
        form.redact().addListener(remember);
        form.includeNotes().addListener(remember);
    }

    /** Reads the choices and the settings again; a pack already shown stays, marked as made before the change. */
    public void reload() {
        Optional<CaseHandle> database = deps.edits().handle();
        database.ifPresentOrElse(db -> scope.reload(deps.bodies().directory(db), deps.codebook().state(db).codebook().themes(),
                deps.threads().threads(db)), () -> scope.reload(new BodyService.Directory(List.of(), List.of(), List.of()),
                List.of(), List.of()));
        names.reload(database);
        if (!database.equals(shownFor)) {
            made.set(Optional.empty());
            status.set("");
        } else if (made.get().isPresent()) {
            status.set(text("pack.status.stale"));
        }
    }

    public ScopeChoices scope() {
        return scope;
    }

    public PackForm form() {
        return form;
    }

    public HiddenNames names() {
        return names;
    }

    /** True while a pack is being made. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** How far the making is, 0 to 1, or -1 while that is not known. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessage() {
        return progressMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Made>> made() {
        return made.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPack() {
        return hasPack.getReadOnlyProperty();
    }

    /** What happened last: the pack's size, saved, printed, stopped, or made before the case changed. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The page the preview shows at its top, counted from 0; the preview sets it as it scrolls. */
    public IntegerProperty currentPage() {
        return currentPage;
    }

    public ReadOnlyStringProperty pageLabel() {
        return pageLabel.getReadOnlyProperty();
    }

    /** How wide pages are drawn, as a share of the preview's width. */
    public ReadOnlyDoubleProperty zoom() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoomLabel() {
        return zoomLabel.getReadOnlyProperty();
    }

    public void zoomIn() {
        zoomStep = Math.min(ZOOMS.length - 1, zoomStep + 1);
        showZoom();
    }

    public void zoomOut() {
        zoomStep = Math.max(0, zoomStep - 1);
        showZoom();
    }

    /** Makes the pack from the choices in the background; it replaces the pack on show when it is done. */
    public void make() {
        Optional<CaseHandle> database = deps.edits().handle();
        if (busy.get() || database.isEmpty()) {
            return;
        }
        CaseHandle db = database.get();
        PackRequest request = form.request(scope.scope(), deps.packs().today());
        busy.set(true);
        progress.set(-1);
        progressMessage.set(text("pack.progress.starting"));
        running = deps.tasks().<Made>runCancellable(listener -> {
            PackDocument document = deps.packs().build(db, request, listener);
            listener.progress(-1, -1, text("pack.progress.preview"));
            return new Made(document, PageImages.open(deps.packs().preview(document)));
        }, done -> {
            finished();
            shownFor = Optional.of(db);
            made.set(Optional.of(done));
            status.set(deps.messages().format("pack.status.made", done.document().pages(), done.document().items()));
        }, this::failedToMake).map(work -> (Worker<?>) work);
        running.ifPresent(work -> {
            progress.bind(work.progressProperty());
            progressMessage.bind(work.messageProperty());
        });
    }

    /** Asks the making to stop; nothing is shown or kept. */
    public void cancel() {
        running.ifPresent(Worker::cancel);
    }

    /** Asks where to save the pack on show, suggesting its title and date as the name. */
    public void save() {
        made.get().ifPresent(shown -> deps.dialogs().chooseFileToSave(text("pack.save.title"), suggestedName(shown.document()))
                .ifPresent(file -> deps.tasks().<Path>run(listener -> {
                    deps.packs().save(shown.document(), file);
                    return file;
                }, saved -> status.set(deps.messages().format("pack.status.saved", saved.getFileName())),
                        failure -> {
                            LOG.warn("Could not save the pack to {}", file, failure);
                            deps.dialogs().showError(text("pack.save.failed.title"), deps.messages().format(
                                    "pack.save.failed.message", file.getFileName(), problem(failure)), failure);
                        })));
    }

    /** Prints the pack on show through the print dialog, away from the screen's thread. */
    public void print() {
        made.get().ifPresent(shown -> deps.tasks().<Boolean>run(
                listener -> deps.printer().print(shown.document()),
                printed -> status.set(text(printed ? "pack.status.printed" : "pack.status.notPrinted")),
                failure -> {
                    LOG.warn("Could not print the pack", failure);
                    deps.dialogs().showError(text("pack.print.failed.title"), deps.messages().format(
                            "pack.print.failed.message", shown.document().title(), problem(failure)), failure);
                }));
    }

    /** The file name offered when saving: the title and the cover's date, without characters files may not hold. */
    public static String suggestedName(PackDocument pack) {
        String title = pack.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return title + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(pack.date()) + ".pdf";
    }

    private void failedToMake(Throwable failure) {
        finished();
        if (failure instanceof CancelledException) {
            status.set(text("pack.status.cancelled"));
            return;
        }
        LOG.warn("Could not make the pack", failure);
        deps.dialogs().showError(text("pack.make.failed.title"),
                deps.messages().format("pack.make.failed.message", problem(failure)), failure);
    }

    private void finished() {
        progress.unbind();
        progressMessage.unbind();
        running = Optional.empty();
        busy.set(false);
    }

    private String problem(Throwable failure) {
        return Optional.ofNullable(failure.getMessage()).filter(m -> !m.isBlank()).orElse(failure.getClass().getSimpleName());
    }

    private void showPage() {
        pageLabel.set(made.get().map(m -> deps.messages().format("pack.preview.page",
                Math.min(currentPage.get() + 1, m.pages().count()), m.pages().count())).orElse(""));
    }

    private void showZoom() {
        zoom.set(ZOOMS[zoomStep]);
        zoomLabel.set(deps.messages().format("pack.preview.zoom", Math.round(ZOOMS[zoomStep] * 100)));
    }

    private String text(String key) {
        return deps.messages().get(key);
    }
}
