package org.casebook.ui.workspace;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casebook.domain.Stance;
import org.casebook.ui.common.Messages;
import org.casebook.ui.workspace.WorkspaceViewModel.Focus;
import org.controlsfx.control.textfield.TextFields;

/** Controller for {@code ItemDetail.fxml}: the selected item, and the letter around it. */
public final class ItemDetailView {

    private final ItemDetailViewModel viewModel;
    private final WorkspaceViewModel workspace;
    private final Messages messages;
    private final ReadOnlyText concern = new ReadOnlyText("concernText");
    private final ReadOnlyText response = new ReadOnlyText("responseText");
    private final LetterPane letter = new LetterPane();
    private Map<Stance, ToggleButton> stanceButtonsByStance = Map.of();

    @FXML
    private TabPane detailTabs;
    @FXML
    private Tab itemTab;
    @FXML
    private Tab letterTab;
    @FXML
    private Label noItem;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private Label itemTitle;
    @FXML
    private Label letterLabel;
    @FXML
    private Label letterLinksLabel;
    @FXML
    private Button showInLetterButton;
    @FXML
    private StackPane concernHost;
    @FXML
    private StackPane responseHost;
    @FXML
    private VBox suggestionBox;
    @FXML
    private VBox suggestionList;
    @FXML
    private ToggleButton agreeButton;
    @FXML
    private ToggleButton partlyButton;
    @FXML
    private ToggleButton disputeButton;
    @FXML
    private ToggleButton unansweredButton;
    @FXML
    private TextArea rationaleField;
    @FXML
    private FlowPane themeChips;
    @FXML
    private TextField themeField;
    @FXML
    private FlowPane responseTypePane;
    @FXML
    private VBox commitmentList;
    @FXML
    private Button commitmentFromTextButton;
    @FXML
    private VBox noteList;
    @FXML
    private TextArea noteField;
    @FXML
    private Button addNoteButton;
    @FXML
    private StackPane letterHost;

    public ItemDetailView(WorkspaceViewModel workspace, Messages messages) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.viewModel = workspace.detail();
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        noItem.visibleProperty().bind(viewModel.present().not());
        detailScroll.visibleProperty().bind(viewModel.present());
        concernHost.getChildren().add(concern.node());
        responseHost.getChildren().add(response.node());
        letterHost.getChildren().add(letter.node());
        letterLinksLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.letterLinks().get().describe(messages), viewModel.letterLinks()));
        letterLinksLabel.visibleProperty().bind(letterLinksLabel.textProperty().isNotEmpty());
        letterLinksLabel.managedProperty().bind(letterLinksLabel.visibleProperty());
        stanceButtonsByStance = Map.of(Stance.AGREE, agreeButton, Stance.PARTLY_AGREE, partlyButton,
                Stance.DISPUTE, disputeButton, Stance.UNANSWERED, unansweredButton);
        String[] keys = {"1", "2", "3", "4"};
        Stance[] order = {Stance.AGREE, Stance.PARTLY_AGREE, Stance.DISPUTE, Stance.UNANSWERED};
        for (int i = 0; i < order.length; i++) {
            ToggleButton button = stanceButtonsByStance.get(order[i]);
            button.setAccessibleText(messages.format("detail.stance.help", button.getText(), keys[i]));
        }
        showInLetterButton.setAccessibleText(messages.get("detail.showInLetter.help"));
        commitmentFromTextButton.setAccessibleText(messages.get("detail.commitment.fromText.help"));
        commitmentFromTextButton.disableProperty().bind(response.hasSelection().not());
        viewModel.responseSelection().bind(response.selectedText());
        addNoteButton.disableProperty().bind(Bindings.createBooleanBinding(() -> noteField.getText().isBlank(),
                noteField.textProperty()));
        rationaleField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.saveRationale(rationaleField.getText());
            }
        });
        TextFields.bindAutoCompletion(themeField, request -> viewModel.themeNamesToAdd().stream()
                .filter(name -> name.toLowerCase().contains(request.getUserText().strip().toLowerCase())).toList());
        themeField.setOnAction(event -> {
            if (viewModel.addTheme(themeField.getText())) {
                themeField.clear();
            }
        });
        viewModel.row().addListener((obs, old, row) -> show(row, old));
        viewModel.marks().addListener((obs, old, marks) -> viewModel.row().get().ifPresent(r -> showMarks(r.id())));
        ListChangeListener<Object> rebuild = change -> rebuildLists();
        viewModel.themes().addListener(rebuild);
        viewModel.responseTypes().addListener(rebuild);
        viewModel.notes().addListener(rebuild);
        viewModel.commitments().addListener(rebuild);
        viewModel.suggestedThemes().addListener(rebuild);
        viewModel.suggestedResponseTypes().addListener(rebuild);
        viewModel.suggestedCommitments().addListener(rebuild);
        workspace.onFocusRequest(this::focus);
        show(viewModel.row().get(), Optional.empty());
    }

    private void show(Optional<ItemRow> row, Optional<ItemRow> old) {
        boolean sameItem = row.map(ItemRow::id).equals(old.map(ItemRow::id));
        if (!sameItem && old.isPresent() && rationaleField.isFocused()) {
            // Leaving an item with the rationale half-typed: keep it on the item it was typed for.
            viewModel.saveRationale(rationaleField.getText());
        }
        row.ifPresent(r -> {
            itemTitle.setText(messages.format("detail.title", r.path()));
            letterLabel.setText(messages.format("detail.letter", r.letter().title()));
            concern.show(r.item().concern());
            response.show(r.item().response().orElse(messages.get("detail.noResponse")));
            showMarks(r.id());
            stanceButtonsByStance.forEach((stance, button) -> button.setSelected(r.stance() == stance));
            if (!sameItem || !rationaleField.isFocused()) {
                rationaleField.setText(r.item().stanceRationale());
            }
            letter.show(r);
        });
        rebuildLists();
    }

    /** The words a search found this item by, marked in its texts; none once the member moves on. */
    private void showMarks(long itemId) {
        java.util.List<String> words = viewModel.marks().get().wordsFor(itemId);
        concern.mark(words);
        response.mark(words);
    }

    private void rebuildLists() {
        DetailLists.themes(themeChips, viewModel, messages);
        DetailLists.responseTypes(responseTypePane, viewModel);
        DetailLists.commitments(commitmentList, viewModel, messages);
        DetailLists.notes(noteList, viewModel, messages);
        boolean suggestions = DetailLists.suggestions(suggestionList, viewModel, messages);
        suggestionBox.setVisible(suggestions);
        suggestionBox.setManaged(suggestions);
    }

    private void focus(Focus where) {
        if (viewModel.present().get()) {
            switch (where) {
                case THEME_FIELD -> reveal(themeField);
                case RATIONALE -> reveal(rationaleField);
                case NOTE -> reveal(noteField);
                case LETTER -> showInLetter();
                default -> {
                    // The table and the filter belong to the workspace view.
                }
            }
        }
    }

    private void reveal(javafx.scene.control.Control field) {
        detailTabs.getSelectionModel().select(itemTab);
        field.requestFocus();
        double y = field.getBoundsInParent().getMinY();
        double height = detailScroll.getContent().getBoundsInLocal().getHeight();
        detailScroll.setVvalue(height <= 0 ? 0 : Math.min(1, y / height));
    }

    @FXML
    private void showInLetter() {
        detailTabs.getSelectionModel().select(letterTab);
        letter.reveal();
    }

    @FXML
    private void agree() {
        workspace.setStance(stanceOrUndecided(agreeButton, Stance.AGREE));
    }

    @FXML
    private void partlyAgree() {
        workspace.setStance(stanceOrUndecided(partlyButton, Stance.PARTLY_AGREE));
    }

    @FXML
    private void dispute() {
        workspace.setStance(stanceOrUndecided(disputeButton, Stance.DISPUTE));
    }

    @FXML
    private void unanswered() {
        workspace.setStance(stanceOrUndecided(unansweredButton, Stance.UNANSWERED));
    }

    /** Clicking the chosen stance again clears it, as a segmented button reads. */
    private static Stance stanceOrUndecided(ToggleButton button, Stance stance) {
        return button.isSelected() ? stance : Stance.UNDECIDED;
    }

    @FXML
    private void commitmentFromText() {
        viewModel.addCommitmentFromSelection();
    }

    @FXML
    private void commitmentByHand() {
        viewModel.addCommitmentByHand();
    }

    @FXML
    private void openRegister() {
        viewModel.openRegister();
    }

    @FXML
    private void addNote() {
        viewModel.addNote(noteField.getText());
        noteField.clear();
    }
}
