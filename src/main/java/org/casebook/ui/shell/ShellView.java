package org.casebook.ui.shell;

import java.io.File;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.Styles;
import org.casebook.ui.review.ReviewViewModel;

/** Controller for {@code Shell.fxml}: the case area with its screens, and the status bar; the menus are {@link MenusView}. */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final Function<Screen, Parent> screenLoader;
    private final Function<ReviewViewModel, Parent> reviewLoader;
    private final Set<Screen> placed = EnumSet.noneOf(Screen.class);
    private Optional<Parent> reviewPane = Optional.empty();
    private Map<Screen, ToggleButton> screenButtons = Map.of();

    @FXML
    private StackPane content;
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
    private ToggleButton campaignsScreenButton;
    @FXML
    private TextField toolbarSearchField;
    @FXML
    private StackPane screens;
    @FXML
    private HBox statusBar;
    @FXML
    private Label statusLabel;
    @FXML
    private Label casePathLabel;

    /** {@code screenLoader} builds a screen's content; it is called once per screen, when the screen is first shown. */
    public ShellView(ShellViewModel viewModel, Function<Screen, Parent> screenLoader,
                     Function<ReviewViewModel, Parent> reviewLoader) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.screenLoader = Objects.requireNonNull(screenLoader, "screenLoader");
        this.reviewLoader = Objects.requireNonNull(reviewLoader, "reviewLoader");
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
        viewModel.review().addListener((obs, old, review) -> showReview(review));
        setUpToolbarSearch();
    }

    /**
     * The toolbar's field types into the Search screen's query: the first key shows that screen, and the keyboard
     * moves to its field, where the typing goes on. Hidden on the Search screen itself, which has its own.
     */
    private void setUpToolbarSearch() {
        toolbarSearchField.textProperty().bindBidirectional(viewModel.searchText());
        BooleanBinding elsewhere = Bindings.notEqual(viewModel.screen(), Screen.SEARCH);
        bindShown(toolbarSearchField, elsewhere);
        toolbarSearchField.textProperty().addListener((obs, old, now) -> {
            if (toolbarSearchField.isFocused() && !now.isBlank()) {
                viewModel.showSearch(true);
            }
        });
        toolbarSearchField.setOnAction(event -> viewModel.showSearch(true));
    }

    /** Shows the chosen screen of the case; the items screen gives way to the next steps while the case is empty. */
    private void showScreens() {
        Map<Screen, ToggleButton> buttons = Map.of(Screen.ITEMS, itemsScreenButton,
                Screen.COMMITMENTS, commitmentsScreenButton, Screen.CODEBOOK, codebookScreenButton,
                Screen.DASHBOARD, dashboardScreenButton, Screen.BODIES, bodiesScreenButton,
                Screen.THREADS, threadsScreenButton, Screen.PACK, packScreenButton,
                Screen.CAMPAIGNS, campaignsScreenButton);
        bindShown(emptyState, Bindings.equal(viewModel.screen(), Screen.ITEMS).and(viewModel.caseIsEmpty()));
        screenButtons = buttons;
        // A screen is built when it is first shown in an open case: the welcome screen comes up without any of them.
        viewModel.screen().addListener((obs, old, screen) -> {
            placeIfOpen();
            showScreenButtons();
        });
        viewModel.caseOpen().addListener((obs, was, open) -> placeIfOpen());
        placeIfOpen();
        showScreenButtons();
    }

    private void placeIfOpen() {
        if (viewModel.caseOpen().get()) {
            place(viewModel.screen().get());
        }
    }

    /** Puts a screen into the case area the first time it is shown; from then on its visibility follows the choice. */
    private void place(Screen screen) {
        if (placed.contains(screen)) {
            return;
        }
        Parent node = screenLoader.apply(screen);
        placed.add(screen);
        BooleanBinding chosen = Bindings.equal(viewModel.screen(), screen);
        bindShown(node, screen == Screen.ITEMS ? chosen.and(viewModel.caseIsEmpty().not()) : chosen);
        screens.getChildren().add(node);
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

    // A toggle button clicked while already chosen would unselect itself: choosing puts every button right again.
    @FXML private void showItems() { choose(Screen.ITEMS); }
    @FXML private void showCommitments() { choose(Screen.COMMITMENTS); }
    @FXML private void showCodebook() { choose(Screen.CODEBOOK); }
    @FXML private void showDashboard() { choose(Screen.DASHBOARD); }
    @FXML private void showBodies() { choose(Screen.BODIES); }
    @FXML private void showThreads() { choose(Screen.THREADS); }
    @FXML private void showPack() { choose(Screen.PACK); }
    @FXML private void showCampaigns() { choose(Screen.CAMPAIGNS); }

    private void choose(Screen screen) {
        viewModel.show(screen);
        showScreenButtons();
    }
}
