package org.casebook.ui.pack;

import java.util.Map;
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
import org.casebook.report.PackSection;
import org.casebook.report.RedactedName;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.Messages;

/** Controller for {@code Pack.fxml}: the choices on the left, the pack's preview with its commands on the right. */
public final class PackView {

    private final PackViewModel viewModel;
    private final Messages messages;

    @FXML private VBox packRoot;
    @FXML private Label meetingLabel;
    @FXML private ComboBox<Choice<Optional<Long>>> meetingChoice;
    @FXML private Label lettersLabel;
    @FXML private ListView<Choice<Long>> letterList;
    @FXML private Label themesLabel;
    @FXML private ListView<Choice<String>> themeList;
    @FXML private Label stancesLabel;
    @FXML private ListView<Choice<Stance>> stanceList;
    @FXML private Label threadsLabel;
    @FXML private ListView<Choice<Long>> threadList;
    @FXML private Label titleLabel;
    @FXML private TextField titleField;
    @FXML private Label dateLabel;
    @FXML private DatePicker datePicker;
    @FXML private CheckBox summaryCheck;
    @FXML private CheckBox concernsCheck;
    @FXML private CheckBox commitmentsCheck;
    @FXML private CheckBox historyCheck;
    @FXML private CheckBox lettersCheck;
    @FXML private CheckBox notesCheck;
    @FXML private CheckBox largePrintCheck;
    @FXML private CheckBox redactCheck;
    @FXML private Label groupLabel;
    @FXML private TextField groupField;
    @FXML private Label namesLabel;
    @FXML private TableView<RedactedName> namesTable;
    @FXML private TableColumn<RedactedName, String> nameColumn;
    @FXML private TableColumn<RedactedName, String> roleColumn;
    @FXML private TextField newNameField;
    @FXML private TextField newRoleField;
    @FXML private Button removeNameButton;
    @FXML private Button makeButton;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private Label zoomLabel;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Label pageLabel;
    @FXML private Label statusLabel;
    @FXML private ScrollPane pageScroll;
    @FXML private VBox pageColumn;
    @FXML private Label emptyLabel;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;

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
        PackControls.checkList(letterList, scope.letters(), messages);
        PackControls.checkList(themeList, scope.themes(), messages);
        PackControls.checkList(stanceList, scope.stances(), messages);
        PackControls.checkList(threadList, scope.threads(), messages);
        PackForm form = viewModel.form();
        titleField.textProperty().bindBidirectional(form.title());
        datePicker.setConverter(CommitmentText.DATES);
        datePicker.valueProperty().bindBidirectional(form.date());
        Map.of(summaryCheck, PackSection.SUMMARY, concernsCheck, PackSection.CONCERNS, commitmentsCheck,
                PackSection.COMMITMENTS, historyCheck, PackSection.HISTORY, lettersCheck, PackSection.LETTERS)
                .forEach((check, section) -> check.selectedProperty().bindBidirectional(form.section(section)));
        notesCheck.selectedProperty().bindBidirectional(form.includeNotes());
        largePrintCheck.selectedProperty().bindBidirectional(form.largePrint());
        redactCheck.selectedProperty().bindBidirectional(form.redact());
        setUpNames();
        setUpPreview();
        PackKeys.install(packRoot, viewModel);
    }

    private void labelFor() {
        meetingLabel.setLabelFor(meetingChoice);
        lettersLabel.setLabelFor(letterList);
        themesLabel.setLabelFor(themeList);
        stancesLabel.setLabelFor(stanceList);
        threadsLabel.setLabelFor(threadList);
        titleLabel.setLabelFor(titleField);
        dateLabel.setLabelFor(datePicker);
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
        makeButton.disableProperty().bind(viewModel.busy());
        saveButton.disableProperty().bind(viewModel.hasPack().not().or(viewModel.busy()));
        printButton.disableProperty().bind(viewModel.hasPack().not().or(viewModel.busy()));
        zoomOutButton.disableProperty().bind(viewModel.hasPack().not());
        zoomInButton.disableProperty().bind(viewModel.hasPack().not());
        zoomLabel.textProperty().bind(viewModel.zoomLabel());
        zoomLabel.accessibleTextProperty().bind(viewModel.zoomLabel());
        pageLabel.textProperty().bind(viewModel.pageLabel());
        statusLabel.textProperty().bind(viewModel.status());
        shown(pageScroll, viewModel.hasPack());
        shown(emptyLabel, viewModel.hasPack().not().and(viewModel.busy().not()));
        shown(progressBox, viewModel.busy());
        progressBar.progressProperty().bind(viewModel.progress());
        progressLabel.textProperty().bind(viewModel.progressMessage());
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
