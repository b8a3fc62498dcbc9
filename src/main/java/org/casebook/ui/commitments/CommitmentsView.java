package org.casebook.ui.commitments;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.casebook.ui.commitments.CommitmentsViewModel.Detail;
import org.casebook.ui.common.FontScaledColumns.Width;
import org.casebook.ui.common.FontScaledColumns;
import org.casebook.ui.common.Styles;

/** Controller for {@code Commitments.fxml}: the register's table, its filters and the selected commitment. */
public final class CommitmentsView {

    private final CommitmentsViewModel viewModel;
    /** True while the table follows the view model, so that the change is not sent back. */
    private boolean syncing;

    @FXML
    private VBox commitmentsRoot;
    @FXML
    private Label summaryLabel;
    @FXML
    private Button addButton;
    @FXML
    private Label filterLabel;
    @FXML
    private ComboBox<StatusFilter> filterChoice;
    @FXML
    private Label queryLabel;
    @FXML
    private TextField queryField;
    @FXML
    private TableView<CommitmentRow> commitmentsTable;
    @FXML
    private TableColumn<CommitmentRow, String> textColumn;
    @FXML
    private TableColumn<CommitmentRow, CommitmentRow> statusColumn;
    @FXML
    private TableColumn<CommitmentRow, CommitmentRow> dueColumn;
    @FXML
    private TableColumn<CommitmentRow, String> ownerColumn;
    @FXML
    private TableColumn<CommitmentRow, String> placeColumn;
    @FXML
    private Button changeStatusButton;
    @FXML
    private Button acceptButton;
    @FXML
    private Button rejectButton;
    @FXML
    private Button editButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Label noSelectionLabel;
    @FXML
    private HBox detailBody;
    @FXML
    private Label detailText;
    @FXML
    private Label detailWhy;
    @FXML
    private Label detailStatus;
    @FXML
    private Label detailDue;
    @FXML
    private Label detailOwner;
    @FXML
    private Label detailLetter;
    @FXML
    private Label detailSource;
    @FXML
    private Hyperlink goToItemLink;
    @FXML
    private Label noHistoryLabel;
    @FXML
    private VBox historyList;

    public CommitmentsView(CommitmentsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summary());
        addButton.disableProperty().bind(viewModel.hasLetters().not());
        filterLabel.setLabelFor(filterChoice);
        filterChoice.getItems().setAll(viewModel.filters());
        filterChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter filter) {
                return filter == null ? "" : viewModel.words().filter(filter);
            }

            @Override
            public StatusFilter fromString(String text) {
                return null;
            }
        });
        filterChoice.valueProperty().bindBidirectional(viewModel.filterProperty());
        queryLabel.setLabelFor(queryField);
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        setUpTable();
        for (Button button : new Button[] {changeStatusButton, editButton, deleteButton}) {
            button.disableProperty().bind(viewModel.hasSelection().not());
        }
        goToItemLink.disableProperty().bind(viewModel.canGoToItem().not());
        for (Button button : new Button[] {acceptButton, rejectButton}) {
            button.visibleProperty().bind(viewModel.selectedIsSuggestion());
            button.managedProperty().bind(viewModel.selectedIsSuggestion());
        }
        changeStatusButton.visibleProperty().bind(viewModel.selectedIsSuggestion().not());
        changeStatusButton.managedProperty().bind(viewModel.selectedIsSuggestion().not());
        viewModel.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        showDetail(viewModel.detailProperty().get());
        commitmentsRoot.addEventFilter(KeyEvent.KEY_PRESSED, CommitmentShortcuts.of(viewModel, queryField::requestFocus));
    }

    private void setUpTable() {
        CommitmentCells.text(textColumn, CommitmentRow::text);
        CommitmentCells.status(statusColumn);
        CommitmentCells.due(dueColumn);
        CommitmentCells.text(ownerColumn, CommitmentRow::owner);
        CommitmentCells.text(placeColumn, CommitmentRow::place);
        // Minimum widths in em, so that a larger text size widens the short columns instead of cutting their words.
        FontScaledColumns.apply(summaryLabel.fontProperty(), List.of(Width.min(textColumn, 12), Width.min(statusColumn, 7.5),
                Width.min(dueColumn, 8.5), Width.min(ownerColumn, 6.5), Width.min(placeColumn, 9)));
        commitmentsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        commitmentsTable.setRowFactory(table -> CommitmentCells.row(viewModel::spoken));
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholder());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.MUTED);
        commitmentsTable.setPlaceholder(placeholder);
        SortedList<CommitmentRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(commitmentsTable.comparatorProperty());
        commitmentsTable.setItems(sorted);
        commitmentsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                viewModel.selectedIdProperty().set(Optional.ofNullable(row).map(CommitmentRow::id));
            }
        });
        viewModel.selectedIdProperty().addListener((obs, old, id) -> selectInTable(id));
        sorted.addListener((ListChangeListener<CommitmentRow>) change -> selectInTable(viewModel.selectedIdProperty().get()));
    }

    private void selectInTable(Optional<Long> id) {
        syncing = true;
        try {
            Optional<CommitmentRow> row = id.flatMap(i -> commitmentsTable.getItems().stream().filter(r -> r.id() == i).findFirst());
            // Scrolling only when the selection really moves keeps the rows still while the member picks one.
            row.filter(r -> !r.equals(commitmentsTable.getSelectionModel().getSelectedItem())).ifPresentOrElse(r -> {
                commitmentsTable.getSelectionModel().select(r);
                commitmentsTable.scrollTo(r);
            }, () -> {
                if (row.isEmpty()) {
                    commitmentsTable.getSelectionModel().clearSelection();
                }
            });
        } finally {
            syncing = false;
        }
    }

    private void showDetail(Optional<Detail> detail) {
        noSelectionLabel.setVisible(detail.isEmpty());
        noSelectionLabel.setManaged(detail.isEmpty());
        detailBody.setVisible(detail.isPresent());
        detailBody.setManaged(detail.isPresent());
        detail.ifPresent(d -> {
            CommitmentRow row = d.row();
            detailText.setText(row.text());
            // A suggestion says which words made Casebook suggest it, as the items screen does.
            java.util.Optional<String> why = row.commitment().status() == org.casebook.domain.CommitmentStatus.SUGGESTED
                    ? row.commitment().evidence().map(e -> viewModel.why(e)) : java.util.Optional.empty();
            detailWhy.setText(why.orElse(""));
            detailWhy.setVisible(why.isPresent());
            detailWhy.setManaged(why.isPresent());
            detailStatus.setText(d.status());
            detailDue.setText(d.due());
            detailOwner.setText(row.owner());
            detailLetter.setText(row.letter());
            detailSource.setText(row.source());
            noHistoryLabel.setVisible(d.history().isEmpty());
            noHistoryLabel.setManaged(d.history().isEmpty());
            historyList.getChildren().setAll(d.history().stream().map(CommitmentsView::historyLine).toList());
        });
    }

    private static Label historyLine(String text) {
        Label line = new Label(text);
        line.setWrapText(true);
        line.setMinHeight(Label.USE_PREF_SIZE);
        line.getStyleClass().add(Styles.COMMITMENT_HISTORY_LINE);
        return line;
    }

    @FXML
    private void add() {
        viewModel.addByHand();
    }

    @FXML
    private void changeStatus() {
        viewModel.changeStatus();
    }

    @FXML
    private void acceptSuggestion() {
        viewModel.acceptSuggestion();
    }

    @FXML
    private void rejectSuggestion() {
        viewModel.rejectSuggestion();
    }

    @FXML
    private void edit() {
        viewModel.edit();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void goToItem() {
        viewModel.goToItem();
    }
}
