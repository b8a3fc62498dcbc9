package org.casebook.ui.shell;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.casebook.service.AppDirectories;
import org.casebook.service.Backend;
import org.casebook.service.CaseService;
import org.casebook.service.LetterImportService;
import org.casebook.service.UserSettings;
import org.casebook.service.UserSettings.WindowPlacement;
import org.casebook.ui.about.AboutDialog;
import org.casebook.ui.campaigns.FxCampaignDialogs;
import org.casebook.ui.commitments.FxCommitmentDialogs;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.CaseSession;
import org.casebook.ui.common.ControllerFactory;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.Styles;
import org.casebook.ui.common.TaskRunner;
import org.casebook.ui.common.ViewLoader;
import org.casebook.ui.preferences.Appearance;
import org.casebook.ui.review.ImportFlow;
import org.casebook.ui.search.FxSearchDialogs;
import org.casebook.ui.welcome.WelcomeView;
import org.casebook.ui.welcome.WelcomeViewModel;
import org.casebook.ui.workspace.WorkspaceViewModel;

/**
 * Puts the app together in one window: the welcome screen while no case is open, the case once one is. The window
 * comes back where the member left it, unless that place is no longer on any screen.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    /** What the window needs; built by the app from its services, or by a test over temporary folders. */
    public record Dependencies(Backend backend, DialogService dialogs, TaskRunner tasks, Messages messages,
                               ZoneId zone, Consumer<String> browser) {
        public Dependencies {
            Objects.requireNonNull(browser, "browser");
            Objects.requireNonNull(backend, "backend");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(zone, "zone");
        }

        /** Without a browser to hand links to (tests, screenshots), a link opened goes to the clipboard instead. */
        public Dependencies(Backend backend, DialogService dialogs, TaskRunner tasks, Messages messages, ZoneId zone) {
            this(backend, dialogs, tasks, messages, zone, MainWindow::copyLink);
        }

        CaseService cases() {
            return backend.cases();
        }

        LetterImportService imports() {
            return backend.imports();
        }

        UserSettings settings() {
            return backend.settings();
        }

        AppDirectories directories() {
            return backend.directories();
        }
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final UserSettings settings;
    private final CaseSession session;
    private final ImportFlow imports;
    private WorkspaceViewModel workspace;
    private WindowPlacement shownAt = new WindowPlacement(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    /** The last size and place while not maximised, so un-maximising next time restores a sensible window. */
    private WindowPlacement normal = shownAt;

    private MainWindow(Stage stage, Dependencies deps) {
        this.stage = stage;
        this.settings = deps.settings();
        this.session = new CaseSession(new CaseSession.Dependencies(deps.cases(), deps.settings(), deps.dialogs(),
                deps.tasks(), deps.messages(), deps.zone()));
        this.imports = new ImportFlow(new ImportFlow.Dependencies(session, deps.imports(), deps.dialogs(), deps.tasks(),
                deps.messages()));
    }

    /** Builds the window's content into {@code stage} and shows it. */
    public static MainWindow show(Stage stage, Dependencies deps) {
        MainWindow window = new MainWindow(stage, deps);
        window.build(deps);
        return window;
    }

    public CaseSession session() {
        return session;
    }

    /** The items screen's view model: for tests and screenshots that drive the workspace. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public ImportFlow imports() {
        return imports;
    }

    public Stage stage() {
        return stage;
    }

    private void build(Dependencies deps) {
        Appearance appearance = new Appearance(deps.settings());
        Navigation navigation = new Navigation();
        CaseEdits edits = new CaseEdits(session, deps.dialogs(), deps.messages());
        // A stored import adds letters: every screen reads the case again.
        imports.review().addListener((obs, old, now) -> edits.refresh());
        ShellViewModel shell = new ShellViewModel(session, appearance, deps.messages(), imports, edits, navigation);
        Screens screens = new Screens(deps, edits, navigation, new FxCommitmentDialogs(stage, deps.messages()),
                new FxCampaignDialogs(stage, deps.messages()),
                requestId -> imports.importResponse(deps.backend().foi().responses(), requestId),
                new FxSearchDialogs(stage, deps.messages()));
        workspace = screens.workspace();
        AboutDialog about = new AboutDialog(deps.messages(), deps.directories());
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                ShellView.class, () -> new ShellView(shell, screens::get, screens::review),
                MenusView.class, () -> new MenusView(shell, workspace, stage::close, () -> about.show(stage)),
                WelcomeView.class, () -> new WelcomeView(new WelcomeViewModel(session, deps.messages(),
                        deps.backend().samples(), deps.directories())));
        Parent root = new ViewLoader(deps.messages(), new ControllerFactory(controllers)).load(MainWindow.class, "Shell.fxml");

        WindowPlacement placement = deps.settings().windowPlacement().filter(MainWindow::onSomeScreen)
                .orElseGet(MainWindow::defaultPlacement);
        Scene scene = new Scene(root, placement.width(), placement.height());
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(Styles.STYLESHEET)).toExternalForm());
        appearance.applyTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), shell::redo);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> undoFromEmptyField(scene, shell, event));
        stage.setScene(scene);
        stage.titleProperty().bind(shell.title());
        stage.setMinWidth(640);
        stage.setMinHeight(460);
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setMaximized(placement.maximised());
        trackNormalBounds();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> shownAt = current());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed());
        stage.show();
    }

    /**
     * A text field swallows Ctrl+Z for its own typing. An empty field has no typing worth taking back (the theme field
     * empties itself after tagging), so there the keys undo and redo the last change to the case, as the member means.
     */
    private static void undoFromEmptyField(Scene scene, ShellViewModel shell, KeyEvent event) {
        if (!(scene.getFocusOwner() instanceof TextInputControl field) || !field.getText().isEmpty()) {
            return;
        }
        if (UNDO.match(event)) {
            event.consume();
            shell.undo();
        } else if (REDO.match(event) || REDO_Y.match(event)) {
            event.consume();
            shell.redo();
        }
    }

    private void trackNormalBounds() {
        stage.xProperty().addListener((obs, old, x) -> rememberNormal());
        stage.yProperty().addListener((obs, old, y) -> rememberNormal());
        stage.widthProperty().addListener((obs, old, w) -> rememberNormal());
        stage.heightProperty().addListener((obs, old, h) -> rememberNormal());
    }

    private void rememberNormal() {
        if (!stage.isMaximized() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private WindowPlacement current() {
        return new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    /** Closes the case and remembers the window, but only if the member moved or resized it: a first run writes nothing. */
    private void closed() {
        WindowPlacement now = current();
        if (!now.equals(shownAt)) {
            settings.setWindowPlacement(now);
        }
        session.shutdown();
    }

    private static void copyLink(String link) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(link);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private static WindowPlacement defaultPlacement() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.9);
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9);
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /** A saved place is used only if a good part of the title bar is on a screen that is still attached. */
    private static boolean onSomeScreen(WindowPlacement placement) {
        return !Screen.getScreensForRectangle(placement.x(), placement.y(), Math.min(placement.width(), 200), 40).isEmpty()
                && Optional.of(placement).filter(p -> p.width() >= 320 && p.height() >= 240).isPresent();
    }
}
