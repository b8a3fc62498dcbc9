package org.casebook.ui.review;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.casebook.ui.review.ReviewViewModel.ItemRow;

/** Controller for {@code Review.fxml}: the letter's text, its items and its details, over {@link ReviewViewModel}. */
public final class ReviewView {

    private final ReviewViewModel viewModel;
    private LetterText letter;
    /** True while the list follows the view model, so that the change is not sent back. */
    private boolean syncing;

    @FXML
    private ResourceBundle resources;
    @FXML
    private BorderPane reviewRoot;
    @FXML
    private ContextMenu textMenu;
    @FXML
    private StackPane textHost;
    @FXML
    private ListView<ItemRow> itemList;
    @FXML
    private Label sourceLabel;
    @FXML
    private Label splitSummaryLabel;
    @FXML
    private Label problemLabel;
    @FXML
    private Button mergeButton;
    @FXML
    private Button labelButton;
    @FXML
    private Button parentButton;
    @FXML
    private Button noResponseButton;
    @FXML
    private MenuItem textMergeItem;
    @FXML
    private MenuItem textLabelItem;
    @FXML
    private MenuItem textParentItem;
    @FXML
    private MenuItem textNoResponseItem;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private Button saveButton;
    @FXML
    private TextField titleField;
    @FXML
    private DatePicker dateField;
    @FXML
    private TextField fromField;
    @FXML
    private TextField toField;
    @FXML
    private ComboBox<String> bodyField;
    @FXML
    private ComboBox<String> meetingField;
    @FXML
    private DatePicker meetingDateField;
    @FXML
    private Label titleLabel;
    @FXML
    private Label dateLabel;
    @FXML
    private Label fromLabel;
    @FXML
    private Label toLabel;
    @FXML
    private Label bodyLabel;
    @FXML
    private Label meetingLabel;
    @FXML
    private Label meetingDateLabel;

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        letter = new LetterText(viewModel.fullText(), resources.getString("review.text"));
        textHost.getChildren().add(letter.node());
        letter.area().setContextMenu(textMenu);
        letter.show(viewModel.regionsProperty().get());
        viewModel.regionsProperty().addListener((obs, old, regions) -> letter.show(regions));
        viewModel.selectedSpanProperty().addListener((obs, old, span) -> span.ifPresent(letter::reveal));

        itemList.setItems(viewModel.items());
        itemList.setCellFactory(list -> new ItemCell(viewModel.noResponseText()));
        itemList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                viewModel.selectedPathProperty().set(Optional.ofNullable(row).map(ItemRow::path));
            }
        });
        viewModel.selectedPathProperty().addListener((obs, old, path) -> selectInList(path));
        sourceLabel.setText(viewModel.sourceName());
        splitSummaryLabel.setText(viewModel.splitSummary());
        splitSummaryLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), viewModel.hasWarnings());

        for (Button button : new Button[] {mergeButton, labelButton, parentButton, noResponseButton}) {
            button.disableProperty().bind(viewModel.hasSelection().not());
        }
        for (MenuItem item : new MenuItem[] {textMergeItem, textLabelItem, textParentItem, textNoResponseItem}) {
            item.disableProperty().bind(viewModel.hasSelection().not());
        }
        undoButton.textProperty().bind(viewModel.undoLabel());
        undoButton.disableProperty().bind(viewModel.canUndo().not());
        redoButton.textProperty().bind(viewModel.redoLabel());
        redoButton.disableProperty().bind(viewModel.canRedo().not());
        saveButton.disableProperty().bind(viewModel.canSave().not());
        problemLabel.textProperty().bind(viewModel.form().problem().map(problem -> problem.orElse("")));
        bindForm();
        reviewRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void bindForm() {
        ReviewForm form = viewModel.form();
        titleField.textProperty().bindBidirectional(form.title());
        dateField.valueProperty().bindBidirectional(form.date());
        fromField.textProperty().bindBidirectional(form.from());
        toField.textProperty().bindBidirectional(form.to());
        bodyField.setItems(form.bodyChoices());
        bodyField.getEditor().textProperty().bindBidirectional(form.body());
        meetingField.setItems(form.meetingChoices());
        meetingField.getEditor().textProperty().bindBidirectional(form.meeting());
        meetingDateField.valueProperty().bindBidirectional(form.meetingDate());
        titleLabel.setLabelFor(titleField);
        dateLabel.setLabelFor(dateField);
        fromLabel.setLabelFor(fromField);
        toLabel.setLabelFor(toField);
        bodyLabel.setLabelFor(bodyField);
        meetingLabel.setLabelFor(meetingField);
        meetingDateLabel.setLabelFor(meetingDateField);
    }

    private void selectInList(Optional<String> path) {
        syncing = true;
        try {
            Optional<ItemRow> row = path.flatMap(p -> viewModel.items().stream().filter(r -> r.path().equals(p)).findFirst());
            row.ifPresentOrElse(r -> {
                itemList.getSelectionModel().select(r);
                itemList.scrollTo(r);
            }, () -> itemList.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    /** The review's shortcuts; typing in a field keeps that field's own undo and shortcuts. */
    private void shortcut(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return;
        }
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), viewModel::redo,
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::responseStarts,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), viewModel::markNoResponse,
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::splitHere,
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), viewModel::mergeWithNext,
                new KeyCodeCombination(KeyCode.F2), viewModel::changeLabel,
                new KeyCodeCombination(KeyCode.F2, KeyCombination.SHIFT_DOWN), viewModel::changeParent);
        shortcuts.entrySet().stream().filter(e -> e.getKey().match(event)).findFirst().ifPresent(e -> {
            event.consume();
            e.getValue().run();
        });
    }

    @FXML
    private void responseStarts() {
        viewModel.responseStartsAt(letter.caret());
    }

    @FXML
    private void splitHere() {
        viewModel.splitAt(letter.caret());
    }

    @FXML
    private void merge() {
        viewModel.mergeWithNext();
    }

    @FXML
    private void changeLabel() {
        viewModel.changeLabel();
    }

    @FXML
    private void changeParent() {
        viewModel.changeParent();
    }

    @FXML
    private void noResponse() {
        viewModel.markNoResponse();
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
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
