package org.casebook.ui.pack;

import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.casebook.domain.Stance;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.Messages;

/** Controller for {@code Pack.fxml}: the choices on the left, the pack's preview with its commands on the right. */
public final class PackView {

    private final PackViewModel viewModel;
    private final Messages messages;

    @FXML private VBox packRoot;
    @FXML private Label packMeetingLabel;
    @FXML private ComboBox<Choice<Optional<Long>>> meetingChoice;
    @FXML private Label packLettersLabel;
    @FXML private ListView<Choice<Long>> packLetterList;
    @FXML private Label packThemesLabel;
    @FXML private ListView<Choice<String>> packThemeList;
    @FXML private Label packStancesLabel;
    @FXML private ListView<Choice<Stance>> packStanceList;
    @FXML private Label packThreadsLabel;
    @FXML private ListView<Choice<Long>> packThreadList;
    @FXML private Label packTitleLabel;
    @FXML private TextField packTitleField;
    @FXML private Label packDateLabel;
    @FXML private DatePicker datePicker;
    @FXML private CheckBox summaryCheck;
    @FXML private CheckBox concernsCheck;
    @FXML private CheckBox commitmentsCheck;
    @FXML private CheckBox campaignsCheck;
    @FXML private CheckBox historyCheck;
    @FXML private CheckBox lettersCheck;
    @FXML private CheckBox notesCheck;
    @FXML private CheckBox largePrintCheck;
    @FXML private CheckBox redactCheck;
    @FXML private Label groupLabel;
    @FXML private TextField groupField;
    @FXML private Label namesLabel;
    @FXML private TableView<NameRow> namesTable;
    @FXML private TableColumn<NameRow, String> nameColumn;
    @FXML private TableColumn<NameRow, String> roleColumn;
    @FXML private TextField newNameField;
    @FXML private TextField newRoleField;
    @FXML private Button removeNameButton;
    @FXML private Button makePackButton;
    @FXML private Button packSaveButton;
    @FXML private Button packPrintButton;
    @FXML private Label packZoomLabel;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Label packPageLabel;
    @FXML private Label packStatusLabel;
    @FXML private ScrollPane pageScroll;
    @FXML private VBox pageColumn;
    @FXML private Label packEmptyLabel;
    @FXML private VBox packProgressBox;
    @FXML private ProgressBar packProgressBar;
    @FXML private Label packProgressLabel;

    public PackView(PackViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        labelFor();
        ScopeChoices scope = viewModel.scope();
        meetingChoice.setItems(scope.meetings());
        meetingChoice.valueProperty().bindBidirectional(scope.meeting());
        PackControls.checkList(packLetterList, scope.letters(), messages);
        PackControls.checkList(packThemeList, scope.themes(), messages);
        PackControls.checkList(packStanceList, scope.stances(), messages);
        PackControls.checkList(packThreadList, scope.threads(), messages);
        PackForm form = viewModel.form();
        packTitleField.textProperty().bindBidirectional(form.title());
        datePicker.setConverter(CommitmentText.DATES);
        datePicker.valueProperty().bindBidirectional(form.date());
        summaryCheck.selectedProperty().bindBidirectional(form.summary());
        concernsCheck.selectedProperty().bindBidirectional(form.concerns());
        commitmentsCheck.selectedProperty().bindBidirectional(form.commitments());
        campaignsCheck.selectedProperty().bindBidirectional(form.campaigns());
        historyCheck.selectedProperty().bindBidirectional(form.history());
        lettersCheck.selectedProperty().bindBidirectional(form.letters());
        notesCheck.selectedProperty().bindBidirectional(form.includeNotes());
        largePrintCheck.selectedProperty().bindBidirectional(form.largePrint());
        redactCheck.selectedProperty().bindBidirectional(form.redact());
        setUpNames();
        setUpPreview();
        PackKeys.install(packRoot, viewModel);
    }

    private void labelFor() {
        packMeetingLabel.setLabelFor(meetingChoice);
        packLettersLabel.setLabelFor(packLetterList);
        packThemesLabel.setLabelFor(packThemeList);
        packStancesLabel.setLabelFor(packStanceList);
        packThreadsLabel.setLabelFor(packThreadList);
        packTitleLabel.setLabelFor(packTitleField);
        packDateLabel.setLabelFor(datePicker);
        groupLabel.setLabelFor(groupField);
        namesLabel.setLabelFor(namesTable);
    }

    private void setUpNames() {
        HiddenNames names = viewModel.names();
        PackControls.namesTable(namesTable, nameColumn, roleColumn, names, messages);
        newNameField.textProperty().bindBidirectional(names.newName());
        newRoleField.textProperty().bindBidirectional(names.newRole());
        groupField.setText(names.groupName().get());
        names.groupName().addListener((obs, old, now) -> groupField.setText(now));
        groupField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                keepGroupName();
            }
        });
        removeNameButton.disableProperty().bind(namesTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void setUpPreview() {
        new PagePreview(pageScroll, pageColumn, viewModel, messages);
        makePackButton.disableProperty().bind(viewModel.busy());
        packSaveButton.disableProperty().bind(viewModel.hasPack().not().or(viewModel.busy()));
        packPrintButton.disableProperty().bind(viewModel.hasPack().not().or(viewModel.busy()));
        zoomOutButton.disableProperty().bind(viewModel.hasPack().not());
        zoomInButton.disableProperty().bind(viewModel.hasPack().not());
        packZoomLabel.textProperty().bind(viewModel.zoomLabel());
        packZoomLabel.accessibleTextProperty().bind(viewModel.zoomLabel());
        packPageLabel.textProperty().bind(viewModel.pageLabel());
        packStatusLabel.textProperty().bind(viewModel.status());
        shown(pageScroll, viewModel.hasPack());
        shown(packEmptyLabel, viewModel.hasPack().not().and(viewModel.busy().not()));
        shown(packProgressBox, viewModel.busy());
        packProgressBar.progressProperty().bind(viewModel.progress());
        packProgressLabel.textProperty().bind(viewModel.progressMessage());
    }

    private static void shown(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void keepGroupName() {
        viewModel.names().setGroupName(groupField.getText());
    }

    @FXML
    private void addName() {
        viewModel.names().addNew();
    }

    @FXML
    private void removeName() {
        viewModel.names().remove(namesTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void findNames() {
        viewModel.names().findNames();
    }

    @FXML
    private void make() {
        viewModel.make();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }
}
