package org.casebook.ui.threads;

import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/** Controller for {@code Threads.fxml}: threads and suggested links on the left, compare and matrix on the right. */
public final class ThreadsView {

    private final ThreadsViewModel viewModel;
    private final Messages messages;
    private final CompareCards cards;
    private final MatrixGrid grid;
    /** True while the lists follow the view model, so that the change is not sent back. */
    private boolean syncing;

    @FXML
    private Label threadsSummaryLabel;
    @FXML
    private Label threadListLabel;
    @FXML
    private ListView<ThreadRow> threadList;
    @FXML
    private Button renameThreadButton;
    @FXML
    private Button addThreadItemButton;
    @FXML
    private Button removeThreadItemButton;
    @FXML
    private Button deleteThreadButton;
    @FXML
    private Label suggestionListLabel;
    @FXML
    private ListView<SuggestionRow> linkSuggestionList;
    @FXML
    private Button confirmLinkButton;
    @FXML
    private Button rejectLinkButton;
    @FXML
    private Label thresholdLabel;
    @FXML
    private Slider thresholdSlider;
    @FXML
    private Label compareTitle;
    @FXML
    private Label compareEmpty;
    @FXML
    private Label compareLegend;
    @FXML
    private ScrollPane compareScroll;
    @FXML
    private HBox compareColumns;
    @FXML
    private Label axisLabel;
    @FXML
    private ToggleButton byBodyButton;
    @FXML
    private ToggleButton byMeetingButton;
    @FXML
    private Label matrixEmpty;
    @FXML
    private ScrollPane matrixScroll;
    @FXML
    private GridPane matrixGrid;

    public ThreadsView(ThreadsViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.cards = new CompareCards(messages, viewModel::openItem);
        this.grid = new MatrixGrid(messages, viewModel::openItem);
    }

    @FXML
    private void initialize() {
        threadsSummaryLabel.textProperty().bind(viewModel.summary());
        threadListLabel.setLabelFor(threadList);
        suggestionListLabel.setLabelFor(linkSuggestionList);
        thresholdLabel.setLabelFor(thresholdSlider);
        axisLabel.setLabelFor(byBodyButton);
        setUpLists();
        for (Button button : new Button[] {renameThreadButton, addThreadItemButton, removeThreadItemButton, deleteThreadButton}) {
            button.disableProperty().bind(viewModel.hasThread().not());
        }
        confirmLinkButton.disableProperty().bind(viewModel.hasSuggestion().not());
        rejectLinkButton.disableProperty().bind(viewModel.hasSuggestion().not());
        thresholdLabel.textProperty().bind(viewModel.thresholdLabel());
        thresholdSlider.accessibleTextProperty().bind(viewModel.thresholdLabel());
        thresholdSlider.valueProperty().bindBidirectional(viewModel.thresholdProperty());
        compareTitle.textProperty().bind(viewModel.compareTitle());
        viewModel.cards().addListener((ListChangeListener<StepCard>) change -> showCards());
        showCards();
        viewModel.matrix().addListener((obs, old, matrix) -> showMatrix());
        viewModel.axisProperty().addListener((obs, old, axis) -> showAxis());
        showAxis();
        showMatrix();
    }

    private void setUpLists() {
        threadList.setCellFactory(list -> ThreadCells.thread(list, (row, itemId) -> viewModel.linkItem(row.id(), itemId)));
        threadList.setItems(viewModel.threadRows());
        threadList.setPlaceholder(placeholder("threads.list.empty"));
        threadList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.selectedThreadProperty().set(Optional.of(row.id()));
            }
        });
        viewModel.selectedThreadProperty().addListener((obs, old, id) -> selectThread());
        viewModel.threadRows().addListener((ListChangeListener<ThreadRow>) change -> selectThread());
        selectThread();
        linkSuggestionList.setCellFactory(ThreadCells::suggestion);
        linkSuggestionList.setItems(viewModel.suggestions());
        linkSuggestionList.setPlaceholder(placeholder("threads.suggestions.empty"));
        linkSuggestionList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                viewModel.selectedSuggestionProperty().set(Optional.ofNullable(row).map(SuggestionRow::link));
            }
        });
        viewModel.suggestions().addListener((ListChangeListener<SuggestionRow>) change -> selectSuggestion());
    }

    private Label placeholder(String key) {
        Label label = new Label(messages.get(key));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private void selectThread() {
        syncing = true;
        try {
            viewModel.selectedThreadProperty().get().flatMap(id -> threadList.getItems().stream()
                    .filter(r -> r.id() == id).findFirst()).ifPresentOrElse(
                            r -> threadList.getSelectionModel().select(r),
                            () -> threadList.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private void selectSuggestion() {
        syncing = true;
        try {
            viewModel.selectedSuggestionProperty().get().flatMap(link -> linkSuggestionList.getItems().stream()
                    .filter(r -> r.link().equals(link)).findFirst()).ifPresentOrElse(
                            r -> linkSuggestionList.getSelectionModel().select(r),
                            () -> linkSuggestionList.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private void showCards() {
        boolean none = viewModel.cards().isEmpty();
        compareEmpty.setVisible(none);
        compareEmpty.setManaged(none);
        compareLegend.setVisible(!none);
        compareLegend.setManaged(!none);
        compareColumns.getChildren().setAll(cards.cards(viewModel.cards()));
    }

    private void showMatrix() {
        boolean none = viewModel.matrix().get().isEmpty();
        matrixEmpty.setVisible(none);
        matrixEmpty.setManaged(none);
        grid.fill(matrixGrid, viewModel.matrix().get());
    }

    private void showAxis() {
        byBodyButton.setSelected(viewModel.axisProperty().get() == Matrix.Axis.BODIES);
        byMeetingButton.setSelected(viewModel.axisProperty().get() == Matrix.Axis.MEETINGS);
    }

    @FXML
    private void rename() {
        viewModel.renameThread();
    }

    @FXML
    private void addItem() {
        viewModel.addItemToThread();
    }

    @FXML
    private void removeItem() {
        viewModel.removeItemFromThread();
    }

    @FXML
    private void delete() {
        viewModel.deleteThread();
    }

    @FXML
    private void confirm() {
        viewModel.confirmSuggestion();
    }

    @FXML
    private void reject() {
        viewModel.rejectSuggestion();
    }

    @FXML
    private void byBody() {
        viewModel.axisProperty().set(Matrix.Axis.BODIES);
        showAxis();
    }

    @FXML
    private void byMeeting() {
        viewModel.axisProperty().set(Matrix.Axis.MEETINGS);
        showAxis();
    }
}
