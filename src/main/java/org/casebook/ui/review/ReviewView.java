package org.casebook.ui.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
    private ChoiceBox<ShapeOption> shapeChoice;
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
    private VBox detailsForm;
    @FXML
    private TextArea titleField;
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
        showSummary();
        viewModel.splitProperty().addListener((obs, old, split) -> showSummary());
        ShapeChoice.bind(shapeChoice, viewModel);

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
        problemLabel.textProperty().bind(viewModel.status());
        viewModel.hasProblem().addListener((obs, old, problem) -> showProblem(problem));
        showProblem(viewModel.hasProblem().get());
        bindForm();
        reviewRoot.addEventFilter(KeyEvent.KEY_PRESSED, ReviewShortcuts.of(viewModel, letter::caret));
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
        dateField.setConverter(ReviewForm.DATES);
        meetingDateField.setConverter(ReviewForm.DATES);
        // Each field's label comes right before it; screen readers announce the label with the field.
        List<Node> fields = detailsForm.getChildren();
        for (int i = 0; i + 1 < fields.size(); i++) {
            if (fields.get(i) instanceof Label label && fields.get(i + 1) instanceof Control field) {
                label.setLabelFor(field);
            }
        }
    }

    private void showProblem(boolean problem) {
        problemLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), problem);
    }

    private void showSummary() {
        splitSummaryLabel.setText(viewModel.splitSummary());
        splitSummaryLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), viewModel.hasWarnings());
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
