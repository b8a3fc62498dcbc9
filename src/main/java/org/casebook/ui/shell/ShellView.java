package org.casebook.ui.shell;

import java.io.File;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.Parent;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casebook.service.UserSettings.FontScale;
import org.casebook.service.UserSettings.Theme;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.Styles;
import org.casebook.ui.review.ReviewViewModel;
import org.casebook.ui.workspace.WorkspaceViewModel;
import org.casebook.ui.workspace.WorkspaceViewModel.Focus;
import org.casebook.domain.Stance;

/** Controller for {@code Shell.fxml}: menus, the case area and the status bar. */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final WorkspaceViewModel workspace;
    private final Runnable quit;
    private final Runnable showAbout;
    private final Function<ReviewViewModel, Parent> reviewLoader;
    private Optional<Parent> reviewPane = Optional.empty();
    private Map<Screen, ToggleButton> screenButtons = Map.of();

    @FXML
    private Menu openRecentMenu;
    @FXML
    private MenuItem newCaseItem;
    @FXML
    private MenuItem openCaseItem;
    @FXML
    private MenuItem closeCaseItem;
    @FXML
    private MenuItem restoreBackupItem;
    @FXML
    private MenuItem importLetterItem;
    @FXML
    private MenuItem pasteLetterItem;
    @FXML
    private StackPane content;
    @FXML
    private RadioMenuItem font100Item;
    @FXML
    private RadioMenuItem font125Item;
    @FXML
    private RadioMenuItem font150Item;
    @FXML
    private RadioMenuItem themeLightItem;
    @FXML
    private RadioMenuItem themeDarkItem;
    @FXML
    private javafx.scene.Node welcome;
    @FXML
    private VBox casePane;
    @FXML
    private Label caseNameLabel;
    @FXML
    private VBox emptyState;
    @FXML
    private Label caseSummaryLabel;
    @FXML
    private Menu itemMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private ToggleButton itemsScreenButton;
    @FXML
    private ToggleButton commitmentsScreenButton;
    @FXML
    private ToggleButton codebookScreenButton;
    @FXML
    private ToggleButton dashboardScreenButton;
    @FXML
    private ToggleButton bodiesScreenButton;
    @FXML
    private ToggleButton threadsScreenButton;
    @FXML
    private ToggleButton packScreenButton;
    @FXML
    private MenuItem itemsScreenItem;
    @FXML
    private MenuItem commitmentsScreenItem;
    @FXML
    private MenuItem codebookScreenItem;
    @FXML
    private MenuItem dashboardScreenItem;
    @FXML
    private MenuItem bodiesScreenItem;
    @FXML
    private MenuItem threadsScreenItem;
    @FXML
    private MenuItem packScreenItem;
    @FXML
    private MenuItem briefingPackItem;
    @FXML
    private Parent workspacePane;
    @FXML
    private Parent commitments;
    @FXML
    private Parent codebook;
    @FXML
    private Parent dashboard;
    @FXML
    private Parent bodies;
    @FXML
    private Parent threads;
    @FXML
    private Parent pack;
    @FXML
    private HBox statusBar;
    @FXML
    private Label statusLabel;
    @FXML
    private Label casePathLabel;

    public ShellView(ShellViewModel viewModel, WorkspaceViewModel workspace, Runnable quit, Runnable showAbout,
                     Function<ReviewViewModel, Parent> reviewLoader) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.reviewLoader = Objects.requireNonNull(reviewLoader, "reviewLoader");
        this.quit = Objects.requireNonNull(quit, "quit");
        this.showAbout = Objects.requireNonNull(showAbout, "showAbout");
    }

    @FXML
    private void initialize() {
        welcome.visibleProperty().bind(viewModel.caseOpen().not());
        casePane.visibleProperty().bind(viewModel.caseOpen().and(viewModel.reviewing().not()));
        statusBar.visibleProperty().bind(viewModel.caseOpen());
        statusBar.managedProperty().bind(viewModel.caseOpen());
        showScreens();
        caseNameLabel.textProperty().bind(viewModel.caseName());
        caseSummaryLabel.textProperty().bind(viewModel.caseSummary());
        statusLabel.textProperty().bind(viewModel.status());
        casePathLabel.textProperty().bind(viewModel.casePath());
        casePathLabel.accessibleTextProperty().bind(viewModel.casePath());
        // While a letter is reviewed the case must stay open: finish or cancel the review first.
        for (MenuItem item : new MenuItem[] {newCaseItem, openCaseItem, openRecentMenu}) {
            item.disableProperty().bind(viewModel.busyProperty().or(viewModel.reviewing()));
        }
        closeCaseItem.disableProperty().bind(viewModel.caseOpen().not().or(viewModel.busyProperty()).or(viewModel.reviewing()));
        restoreBackupItem.disableProperty().bind(viewModel.caseOpen().not().or(viewModel.busyProperty()).or(viewModel.reviewing()));
        importLetterItem.disableProperty().bind(viewModel.canImport().not());
        pasteLetterItem.disableProperty().bind(viewModel.canImport().not());
        undoItem.textProperty().bind(viewModel.undoLabel());
        undoItem.disableProperty().bind(viewModel.canUndo().not());
        redoItem.textProperty().bind(viewModel.redoLabel());
        redoItem.disableProperty().bind(viewModel.canRedo().not());
        for (MenuItem item : new MenuItem[] {itemsScreenItem, commitmentsScreenItem, codebookScreenItem, dashboardScreenItem,
                bodiesScreenItem, threadsScreenItem, packScreenItem, briefingPackItem}) {
            item.disableProperty().bind(viewModel.caseOpen().not().or(viewModel.reviewing()));
        }
        // The item keys work on the items screen of a case with letters, and not while a letter is reviewed.
        itemMenu.disableProperty().bind(viewModel.caseOpen().not().or(viewModel.reviewing())
                .or(viewModel.caseIsEmpty()).or(Bindings.notEqual(viewModel.screen(), Screen.ITEMS)));
        viewModel.review().addListener((obs, old, review) -> showReview(review));
        viewModel.recentCases().addListener((ListChangeListener<Object>) change -> rebuildRecentMenu());
        rebuildRecentMenu();
        viewModel.fontScaleProperty().addListener((obs, old, scale) -> showFontScale(scale));
        showFontScale(viewModel.fontScaleProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> showTheme(theme));
        showTheme(viewModel.themeProperty().get());
    }

    /** Shows the chosen screen of the case; the items screen gives way to the next steps while the case is empty. */
    private void showScreens() {
        Map<Screen, ToggleButton> buttons = Map.of(Screen.ITEMS, itemsScreenButton,
                Screen.COMMITMENTS, commitmentsScreenButton, Screen.CODEBOOK, codebookScreenButton,
                Screen.DASHBOARD, dashboardScreenButton, Screen.BODIES, bodiesScreenButton,
                Screen.THREADS, threadsScreenButton, Screen.PACK, packScreenButton);
        BooleanBinding onItems = Bindings.equal(viewModel.screen(), Screen.ITEMS);
        bindShown(emptyState, onItems.and(viewModel.caseIsEmpty()));
        bindShown(workspacePane, onItems.and(viewModel.caseIsEmpty().not()));
        bindShown(commitments, Bindings.equal(viewModel.screen(), Screen.COMMITMENTS));
        bindShown(codebook, Bindings.equal(viewModel.screen(), Screen.CODEBOOK));
        bindShown(dashboard, Bindings.equal(viewModel.screen(), Screen.DASHBOARD));
        bindShown(bodies, Bindings.equal(viewModel.screen(), Screen.BODIES));
        bindShown(threads, Bindings.equal(viewModel.screen(), Screen.THREADS));
        bindShown(pack, Bindings.equal(viewModel.screen(), Screen.PACK));
        screenButtons = buttons;
        viewModel.screen().addListener((obs, old, screen) -> showScreenButtons());
        showScreenButtons();
    }

    /** The screen property is the one truth: a button clicked while already chosen stays chosen. */
    private void showScreenButtons() {
        screenButtons.forEach((screen, button) -> button.setSelected(screen == viewModel.screen().get()));
    }

    private static void bindShown(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private void showReview(Optional<ReviewViewModel> review) {
        reviewPane.ifPresent(content.getChildren()::remove);
        reviewPane = review.map(reviewLoader);
        reviewPane.ifPresent(content.getChildren()::add);
    }

    private void rebuildRecentMenu() {
        openRecentMenu.getItems().setAll(viewModel.recentCases().stream().map(recent -> {
            MenuItem item = new MenuItem(viewModel.recentMenuLabel(recent));
            // Paths may contain underscores; without this JavaFX would read them as keyboard mnemonics.
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openRecent(recent.path()));
            return item;
        }).toList());
    }

    private void showFontScale(FontScale scale) {
        font100Item.setSelected(scale == FontScale.PERCENT_100);
        font125Item.setSelected(scale == FontScale.PERCENT_125);
        font150Item.setSelected(scale == FontScale.PERCENT_150);
    }

    private void showTheme(Theme theme) {
        themeLightItem.setSelected(theme == Theme.LIGHT);
        themeDarkItem.setSelected(theme == Theme.DARK);
    }

    @FXML
    private void newCase() {
        viewModel.newCase();
    }

    @FXML
    private void openCase() {
        viewModel.openCase();
    }

    @FXML
    private void closeCase() {
        viewModel.closeCase();
    }

    @FXML
    private void restoreBackup() {
        viewModel.restoreBackup();
    }

    @FXML
    private void importLetter() {
        viewModel.importLetter();
    }

    @FXML
    private void pasteLetter() {
        viewModel.pasteLetter();
    }

    @FXML
    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && viewModel.canImport().get()) {
            event.acceptTransferModes(TransferMode.COPY);
            content.getStyleClass().add(Styles.DROP_TARGET);
        }
        event.consume();
    }

    @FXML
    private void dragExited(DragEvent event) {
        content.getStyleClass().remove(Styles.DROP_TARGET);
    }

    @FXML
    private void dragDropped(DragEvent event) {
        boolean files = event.getDragboard().hasFiles();
        event.setDropCompleted(files);
        event.consume();
        // After the drop has completed, so the program the files came from is not kept waiting by the import.
        if (files) {
            java.util.List<java.nio.file.Path> paths = event.getDragboard().getFiles().stream().map(File::toPath).toList();
            javafx.application.Platform.runLater(() -> viewModel.importFiles(paths));
        }
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void showItems() {
        viewModel.show(Screen.ITEMS);
        showScreenButtons();
    }

    @FXML
    private void showCommitments() {
        viewModel.show(Screen.COMMITMENTS);
        showScreenButtons();
    }

    @FXML
    private void showCodebook() {
        viewModel.show(Screen.CODEBOOK);
        showScreenButtons();
    }

    @FXML
    private void showDashboard() {
        viewModel.show(Screen.DASHBOARD);
        showScreenButtons();
    }

    @FXML
    private void showBodies() {
        viewModel.show(Screen.BODIES);
        showScreenButtons();
    }

    @FXML
    private void showThreads() {
        viewModel.show(Screen.THREADS);
        showScreenButtons();
    }

    @FXML
    private void showPack() {
        viewModel.show(Screen.PACK);
        showScreenButtons();
    }

    @FXML
    private void nextItem() {
        workspace.next();
    }

    @FXML
    private void previousItem() {
        workspace.previous();
    }

    @FXML
    private void agree() {
        workspace.setStance(Stance.AGREE);
    }

    @FXML
    private void partlyAgree() {
        workspace.setStance(Stance.PARTLY_AGREE);
    }

    @FXML
    private void dispute() {
        workspace.setStance(Stance.DISPUTE);
    }

    @FXML
    private void unanswered() {
        workspace.setStance(Stance.UNANSWERED);
    }

    @FXML
    private void undecided() {
        workspace.setStance(Stance.UNDECIDED);
    }

    @FXML
    private void rationale() {
        workspace.requestFocus(Focus.RATIONALE);
    }

    @FXML
    private void addTheme() {
        workspace.requestFocus(Focus.THEME_FIELD);
    }

    @FXML
    private void commitment() {
        workspace.detail().addCommitmentFromSelection();
    }

    @FXML
    private void acceptSuggestion() {
        workspace.detail().answerFirstSuggestion(true);
    }

    @FXML
    private void rejectSuggestion() {
        workspace.detail().answerFirstSuggestion(false);
    }

    @FXML
    private void suggestAgain() {
        workspace.suggestAgain();
    }

    @FXML
    private void addNote() {
        workspace.requestFocus(Focus.NOTE);
    }

    @FXML
    private void showInLetter() {
        workspace.requestFocus(Focus.LETTER);
    }

    @FXML
    private void filterItems() {
        workspace.requestFocus(Focus.FILTER);
    }

    @FXML
    private void quit() {
        quit.run();
    }

    @FXML
    private void font100() {
        viewModel.setFontScale(FontScale.PERCENT_100);
    }

    @FXML
    private void font125() {
        viewModel.setFontScale(FontScale.PERCENT_125);
    }

    @FXML
    private void font150() {
        viewModel.setFontScale(FontScale.PERCENT_150);
    }

    @FXML
    private void themeLight() {
        viewModel.setTheme(Theme.LIGHT);
    }

    @FXML
    private void themeDark() {
        viewModel.setTheme(Theme.DARK);
    }

    @FXML
    private void about() {
        showAbout.run();
    }
}
