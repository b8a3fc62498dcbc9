package org.casebook.ui.welcome;

import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casebook.service.UserSettings.RecentCase;
import org.casebook.ui.common.Styles;

/** Controller for {@code Welcome.fxml}; every action goes straight to the view model. */
public final class WelcomeView {

    private final WelcomeViewModel viewModel;

    @FXML
    private Button newCaseButton;
    @FXML
    private Button openCaseButton;
    @FXML
    private Button sampleCaseButton;
    @FXML
    private ListView<RecentCase> recentList;
    @FXML
    private Button removeRecentButton;
    @FXML
    private HBox recentActions;

    public WelcomeView(WelcomeViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        newCaseButton.disableProperty().bind(viewModel.busyProperty());
        openCaseButton.disableProperty().bind(viewModel.busyProperty());
        sampleCaseButton.disableProperty().bind(viewModel.busyProperty());
        recentList.setItems(viewModel.recentCases());
        recentList.setCellFactory(list -> new RecentCell());
        recentList.disableProperty().bind(viewModel.busyProperty());
        removeRecentButton.disableProperty().bind(recentList.getSelectionModel().selectedItemProperty().isNull());
        recentList.visibleProperty().bind(viewModel.hasRecentCases());
        // How to open or remove a recent case means nothing until there is one.
        recentActions.visibleProperty().bind(viewModel.hasRecentCases());
        recentActions.managedProperty().bind(viewModel.hasRecentCases());
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
    private void openSample() {
        viewModel.openSample();
    }

    @FXML
    private void removeRecent() {
        selected().ifPresent(viewModel::removeFromList);
    }

    @FXML
    private void recentClicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            selected().ifPresent(viewModel::openRecent);
        }
    }

    @FXML
    private void recentKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            selected().ifPresent(viewModel::openRecent);
        } else if (event.getCode() == KeyCode.DELETE) {
            selected().ifPresent(viewModel::removeFromList);
        }
    }

    private Optional<RecentCase> selected() {
        return Optional.ofNullable(recentList.getSelectionModel().getSelectedItem());
    }

    /** Name on top, folder below in muted text, and a marker when the folder is gone. */
    private final class RecentCell extends ListCell<RecentCase> {
        @Override
        protected void updateItem(RecentCase item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.MISSING);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            WelcomeViewModel.Row row = viewModel.row(item);
            Label name = new Label(row.name());
            name.getStyleClass().add(Styles.RECENT_NAME);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, name, spacer);
            row.note().ifPresent(note -> {
                Label marker = new Label("— " + note);
                marker.getStyleClass().add(Styles.MUTED);
                top.getChildren().add(1, marker);
                getStyleClass().add(Styles.MISSING);
            });
            Label location = new Label(row.location());
            location.getStyleClass().add(Styles.RECENT_PATH);
            VBox graphic = new VBox(2, top, location);
            graphic.getStyleClass().add(Styles.RECENT_CELL);
            setGraphic(graphic);
            setAccessibleText(row.accessibleText());
        }
    }
}
