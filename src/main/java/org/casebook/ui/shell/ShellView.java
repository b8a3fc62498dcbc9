package org.casebook.ui.shell;

import java.io.File;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.Parent;
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
    private final Function<ReviewViewModel, Parent> reviewLoader;
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

    public ShellView(ShellViewModel viewModel, Function<ReviewViewModel, Parent> reviewLoader) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
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

    private void choose(Screen screen) {
        viewModel.show(screen);
        showScreenButtons();
    }
}
