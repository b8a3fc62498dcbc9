package org.casebook.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.casebook.service.UserSettings.FontScale;
import org.casebook.service.UserSettings.RecentCase;
import org.casebook.service.UserSettings.Theme;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.CaseSession;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.UndoStack;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.OpenCase;
import org.casebook.ui.preferences.Appearance;
import org.casebook.ui.review.ImportFlow;
import org.casebook.ui.review.ReviewViewModel;

/** The main window: which case is open, what the status bar says, and the menu commands. */
public final class ShellViewModel {

    private final CaseSession session;
    private final Appearance appearance;
    private final Messages messages;
    private final ImportFlow imports;
    private final BooleanBinding reviewing;
    private final BooleanBinding caseOpen;
    private final BooleanBinding caseIsEmpty;
    private final StringBinding title;
    private final StringBinding caseName;
    private final StringBinding casePath;
    private final StringBinding caseSummary;
    private final StringBinding status;

    private final CaseEdits edits;
    private final Navigation navigation;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoLabel;
    private final StringBinding redoLabel;

    public ShellViewModel(CaseSession session, Appearance appearance, Messages messages, ImportFlow imports,
                          CaseEdits edits, Navigation navigation) {
        this.session = Objects.requireNonNull(session, "session");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.imports = Objects.requireNonNull(imports, "imports");
        reviewing = Bindings.createBooleanBinding(() -> imports.review().get().isPresent(), imports.review());
        this.appearance = Objects.requireNonNull(appearance, "appearance");
        this.messages = Objects.requireNonNull(messages, "messages");
        ReadOnlyObjectProperty<Optional<OpenCase>> current = session.currentCaseProperty();
        caseOpen = Bindings.createBooleanBinding(() -> current.get().isPresent(), current);
        caseIsEmpty = Bindings.createBooleanBinding(
                () -> current.get().map(c -> c.summary().letters() == 0).orElse(false), current);
        title = Bindings.createStringBinding(() -> current.get()
                .map(c -> messages.format("window.title.case", c.name()))
                .orElse(messages.get("window.title")), current);
        caseName = Bindings.createStringBinding(() -> current.get().map(OpenCase::name).orElse(""), current);
        casePath = Bindings.createStringBinding(() -> current.get().map(c -> c.root().toString()).orElse(""), current);
        caseSummary = Bindings.createStringBinding(() -> current.get()
                .map(c -> messages.format("case.summary", c.summary().letters(), c.summary().items()))
                .orElse(""), current);
        status = Bindings.createStringBinding(() -> session.busyProperty().get() ? messages.get("status.working")
                : edits.lastSaveFailed().get() ? messages.get("status.saveFailed")
                : messages.get("status.saved"),
                session.busyProperty(), edits.lastSaveFailed());
        UndoStack stack = edits.stack();
        canUndo = Bindings.createBooleanBinding(() -> imports.review().get()
                .map(r -> r.canUndo().get()).orElse(caseOpen.get() && stack.canUndoProperty().get()),
                imports.review(), stack.canUndoProperty(), caseOpen);
        canRedo = Bindings.createBooleanBinding(() -> imports.review().get()
                .map(r -> r.canRedo().get()).orElse(caseOpen.get() && stack.canRedoProperty().get()),
                imports.review(), stack.canRedoProperty(), caseOpen);
        undoLabel = Bindings.createStringBinding(() -> imports.review().get().map(r -> r.undoLabel().get())
                .orElse(named("menu.edit.undo.named", "menu.edit.undo", stack.canUndoProperty().get(), stack.undoDescriptionProperty().get())),
                imports.review(), stack.undoDescriptionProperty(), stack.canUndoProperty());
        redoLabel = Bindings.createStringBinding(() -> imports.review().get().map(r -> r.redoLabel().get())
                .orElse(named("menu.edit.redo.named", "menu.edit.redo", stack.canRedoProperty().get(), stack.redoDescriptionProperty().get())),
                imports.review(), stack.redoDescriptionProperty(), stack.canRedoProperty());
    }

    private String named(String namedKey, String plainKey, boolean possible, String description) {
        return possible ? messages.format(namedKey, description) : messages.get(plainKey);
    }

    /** True when Edit ▸ Undo has something to take back: in the review while one is open, else in the case. */
    public BooleanBinding canUndo() {
        return canUndo;
    }

    public BooleanBinding canRedo() {
        return canRedo;
    }

    /** "Undo: mark 2 as disputed", or plain "Undo". */
    public StringBinding undoLabel() {
        return undoLabel;
    }

    public StringBinding redoLabel() {
        return redoLabel;
    }

    public void undo() {
        imports.review().get().ifPresentOrElse(ReviewViewModel::undo, edits::undo);
    }

    public void redo() {
        imports.review().get().ifPresentOrElse(ReviewViewModel::redo, edits::redo);
    }

    public ReadOnlyObjectProperty<Navigation.Screen> screen() {
        return navigation.screenProperty();
    }

    public void show(Navigation.Screen screen) {
        navigation.show(screen);
    }

    /** Shows the Search screen with the keyboard in its field; see {@link Navigation#showSearch(boolean)}. */
    public void showSearch(boolean goOnTyping) {
        navigation.showSearch(goOnTyping);
    }

    /** The toolbar's search text, the same as the Search screen's. */
    public javafx.beans.property.StringProperty searchText() {
        return navigation.searchText();
    }

    public BooleanBinding caseOpen() {
        return caseOpen;
    }

    /** An open case with no letters: the window shows what to do next instead of empty tables. */
    public BooleanBinding caseIsEmpty() {
        return caseIsEmpty;
    }

    public StringBinding title() {
        return title;
    }

    public StringBinding caseName() {
        return caseName;
    }

    public StringBinding casePath() {
        return casePath;
    }

    public StringBinding caseSummary() {
        return caseSummary;
    }

    /** "All changes saved", or what is happening now. */
    public StringBinding status() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    /** A letter is being reviewed: the case stays as it is until the review is saved or dropped. */
    public BooleanBinding reviewing() {
        return reviewing;
    }

    public ReadOnlyObjectProperty<Optional<ReviewViewModel>> review() {
        return imports.review();
    }

    public BooleanBinding canImport() {
        return imports.canImport();
    }

    public void importLetter() {
        imports.importFile();
    }

    public void importFiles(java.util.List<Path> files) {
        imports.importFiles(files);
    }

    public void pasteLetter() {
        imports.pasteText();
    }

    public ObservableList<RecentCase> recentCases() {
        return session.recentCases();
    }

    public ReadOnlyObjectProperty<FontScale> fontScaleProperty() {
        return appearance.fontScaleProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return appearance.themeProperty();
    }

    public String recentMenuLabel(RecentCase recent) {
        String label = recent.path().toString();
        return recent.missing() ? messages.format("menu.file.recent.missing", label) : label;
    }

    public void newCase() {
        session.newCase();
    }

    public void openCase() {
        session.openCase();
    }

    public void openRecent(Path root) {
        session.open(root);
    }

    public void closeCase() {
        session.closeCase();
    }

    public void restoreBackup() {
        session.restoreBackup();
    }

    public void setFontScale(FontScale scale) {
        appearance.setFontScale(scale);
    }

    public void setTheme(Theme theme) {
        appearance.setTheme(theme);
    }
}
