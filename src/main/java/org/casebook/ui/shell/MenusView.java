package org.casebook.ui.shell;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.casebook.domain.Stance;
import org.casebook.service.UserSettings.FontScale;
import org.casebook.service.UserSettings.Theme;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.workspace.WorkspaceViewModel;
import org.casebook.ui.workspace.WorkspaceViewModel.Focus;

/** Controller for {@code Menus.fxml}: the window's menu bar, each command one call into a view model. */
public final class MenusView {

    private final ShellViewModel viewModel;
    private final WorkspaceViewModel workspace;
    private final Runnable quit;
    private final Runnable showAbout;

    @FXML private Menu openRecentMenu;
    @FXML private MenuItem newCaseItem;
    @FXML private MenuItem openCaseItem;
    @FXML private MenuItem closeCaseItem;
    @FXML private MenuItem restoreBackupItem;
    @FXML private MenuItem importLetterItem;
    @FXML private MenuItem pasteLetterItem;
    @FXML private MenuItem briefingPackItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private Menu itemMenu;
    @FXML private MenuItem itemsScreenItem;
    @FXML private MenuItem commitmentsScreenItem;
    @FXML private MenuItem codebookScreenItem;
    @FXML private MenuItem dashboardScreenItem;
    @FXML private MenuItem bodiesScreenItem;
    @FXML private MenuItem threadsScreenItem;
    @FXML private MenuItem packScreenItem;
    @FXML private MenuItem campaignsScreenItem;
    @FXML private MenuItem searchScreenItem;
    @FXML private RadioMenuItem font100Item;
    @FXML private RadioMenuItem font125Item;
    @FXML private RadioMenuItem font150Item;
    @FXML private RadioMenuItem themeLightItem;
    @FXML private RadioMenuItem themeDarkItem;

    public MenusView(ShellViewModel viewModel, WorkspaceViewModel workspace, Runnable quit, Runnable showAbout) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.quit = Objects.requireNonNull(quit, "quit");
        this.showAbout = Objects.requireNonNull(showAbout, "showAbout");
    }

    @FXML
    private void initialize() {
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
                bodiesScreenItem, threadsScreenItem, packScreenItem, campaignsScreenItem, searchScreenItem, briefingPackItem}) {
            item.disableProperty().bind(viewModel.caseOpen().not().or(viewModel.reviewing()));
        }
        // The item keys work on the items screen of a case with letters, and not while a letter is reviewed.
        itemMenu.disableProperty().bind(viewModel.caseOpen().not().or(viewModel.reviewing())
                .or(viewModel.caseIsEmpty()).or(Bindings.notEqual(viewModel.screen(), Screen.ITEMS)));
        viewModel.recentCases().addListener((ListChangeListener<Object>) change -> rebuildRecentMenu());
        rebuildRecentMenu();
        viewModel.fontScaleProperty().addListener((obs, old, scale) -> showFontScale(scale));
        showFontScale(viewModel.fontScaleProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> showTheme(theme));
        showTheme(viewModel.themeProperty().get());
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

    @FXML private void newCase() { viewModel.newCase(); }
    @FXML private void openCase() { viewModel.openCase(); }
    @FXML private void importLetter() { viewModel.importLetter(); }
    @FXML private void pasteLetter() { viewModel.pasteLetter(); }
    @FXML private void restoreBackup() { viewModel.restoreBackup(); }
    @FXML private void closeCase() { viewModel.closeCase(); }
    @FXML private void quit() { quit.run(); }

    @FXML private void undo() { viewModel.undo(); }
    @FXML private void redo() { viewModel.redo(); }

    @FXML private void nextItem() { workspace.next(); }
    @FXML private void previousItem() { workspace.previous(); }
    @FXML private void agree() { workspace.setStance(Stance.AGREE); }
    @FXML private void partlyAgree() { workspace.setStance(Stance.PARTLY_AGREE); }
    @FXML private void dispute() { workspace.setStance(Stance.DISPUTE); }
    @FXML private void unanswered() { workspace.setStance(Stance.UNANSWERED); }
    @FXML private void undecided() { workspace.setStance(Stance.UNDECIDED); }
    @FXML private void rationale() { workspace.requestFocus(Focus.RATIONALE); }
    @FXML private void addTheme() { workspace.requestFocus(Focus.THEME_FIELD); }
    @FXML private void commitment() { workspace.detail().addCommitmentFromSelection(); }
    @FXML private void addNote() { workspace.requestFocus(Focus.NOTE); }
    @FXML private void showInLetter() { workspace.requestFocus(Focus.LETTER); }
    @FXML private void acceptSuggestion() { workspace.detail().answerFirstSuggestion(true); }
    @FXML private void rejectSuggestion() { workspace.detail().answerFirstSuggestion(false); }
    @FXML private void suggestAgain() { workspace.suggestAgain(); }
    @FXML private void filterItems() { workspace.requestFocus(Focus.FILTER); }

    // The screen buttons follow the screen property (ShellView), so choosing a screen from the menu is all it takes.
    @FXML private void showItems() { viewModel.show(Screen.ITEMS); }
    @FXML private void showCommitments() { viewModel.show(Screen.COMMITMENTS); }
    @FXML private void showCodebook() { viewModel.show(Screen.CODEBOOK); }
    @FXML private void showDashboard() { viewModel.show(Screen.DASHBOARD); }
    @FXML private void showBodies() { viewModel.show(Screen.BODIES); }
    @FXML private void showThreads() { viewModel.show(Screen.THREADS); }
    @FXML private void showPack() { viewModel.show(Screen.PACK); }
    @FXML private void showCampaigns() { viewModel.show(Screen.CAMPAIGNS); }
    @FXML private void showSearch() { viewModel.showSearch(false); }

    @FXML private void font100() { viewModel.setFontScale(FontScale.PERCENT_100); }
    @FXML private void font125() { viewModel.setFontScale(FontScale.PERCENT_125); }
    @FXML private void font150() { viewModel.setFontScale(FontScale.PERCENT_150); }
    @FXML private void themeLight() { viewModel.setTheme(Theme.LIGHT); }
    @FXML private void themeDark() { viewModel.setTheme(Theme.DARK); }

    @FXML private void about() { showAbout.run(); }
}
