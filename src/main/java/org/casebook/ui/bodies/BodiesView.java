package org.casebook.ui.bodies;

import java.util.List;
import org.casebook.ui.common.FontScaledColumns;
import org.casebook.ui.common.FontScaledColumns.Width;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.casebook.ui.bodies.BodiesViewModel.BodyRow;
import org.casebook.ui.bodies.BodiesViewModel.LetterRow;
import org.casebook.ui.bodies.BodiesViewModel.MeetingRow;

/** Controller for {@code Bodies.fxml}: bodies, the chosen body's meetings and letters, and their commands. */
public final class BodiesView {

    private final BodiesViewModel viewModel;

    @FXML private TableView<BodyRow> bodiesTable;
    @FXML private TableColumn<BodyRow, Object> bodyNameColumn;
    @FXML private TableColumn<BodyRow, Object> bodyLettersColumn;
    @FXML private TableColumn<BodyRow, Object> bodyMeetingsColumn;
    @FXML private TableView<MeetingRow> meetingsTable;
    @FXML private TableColumn<MeetingRow, Object> meetingNameColumn;
    @FXML private TableColumn<MeetingRow, Object> meetingDateColumn;
    @FXML private TableColumn<MeetingRow, Object> meetingLettersColumn;
    @FXML private TableView<LetterRow> lettersTable;
    @FXML private TableColumn<LetterRow, Object> letterTitleColumn;
    @FXML private TableColumn<LetterRow, Object> letterMeetingColumn;
    @FXML private javafx.scene.control.Label meetingsLabel;
    @FXML private Button renameBodyButton;
    @FXML private Button mergeBodyButton;
    @FXML private Button addMeetingButton;
    @FXML private Button editMeetingButton;
    @FXML private Button mergeMeetingButton;
    @FXML private Button moveLetterButton;

    public BodiesView(BodiesViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        FontScaledColumns.apply(meetingsLabel.fontProperty(), List.of(Width.of(bodyNameColumn, 4.6, 15.4),
                Width.of(bodyLettersColumn, 4.3, 4.9), Width.of(bodyMeetingsColumn, 5.4, 5.8),
                Width.of(meetingNameColumn, 4.6, 11.5), Width.of(meetingDateColumn, 6.9, 10),
                Width.of(meetingLettersColumn, 4.3, 4.9), Width.of(letterTitleColumn, 6.2, 15.4),
                Width.of(letterMeetingColumn, 4.6, 11.5)));
        column(bodyNameColumn, BodyRow::name);
        column(bodyLettersColumn, BodyRow::letters);
        column(bodyMeetingsColumn, BodyRow::meetings);
        column(meetingNameColumn, MeetingRow::name);
        column(meetingDateColumn, MeetingRow::date);
        column(meetingLettersColumn, MeetingRow::letters);
        column(letterTitleColumn, r -> r.letter().title());
        column(letterMeetingColumn, LetterRow::meeting);
        link(bodiesTable, viewModel.bodies(), viewModel.selectedBody());
        link(meetingsTable, viewModel.meetings(), viewModel.selectedMeeting());
        link(lettersTable, viewModel.letters(), viewModel.selectedLetter());
        renameBodyButton.disableProperty().bind(viewModel.hasBody().not());
        mergeBodyButton.disableProperty().bind(viewModel.hasBody().not());
        addMeetingButton.disableProperty().bind(viewModel.hasBody().not());
        editMeetingButton.disableProperty().bind(viewModel.hasMeeting().not());
        mergeMeetingButton.disableProperty().bind(viewModel.hasMeeting().not());
        moveLetterButton.disableProperty().bind(viewModel.hasLetter().not());
    }

    private static <R> void column(TableColumn<R, Object> column, Function<R, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** The table shows the list and follows the view model's choice; the member's choice goes back to it. */
    private static <R> void link(TableView<R> table, javafx.collections.ObservableList<R> rows,
                                 ObjectProperty<Optional<R>> selected) {
        table.setItems(rows);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!Optional.ofNullable(now).equals(selected.get())) {
                selected.set(Optional.ofNullable(now));
            }
        });
        Runnable show = () -> selected.get().ifPresentOrElse(row -> table.getSelectionModel().select(row),
                () -> table.getSelectionModel().clearSelection());
        selected.addListener((obs, old, now) -> show.run());
        rows.addListener((ListChangeListener<R>) change -> show.run());
        show.run();
    }

    @FXML
    private void addBody() {
        viewModel.addBody();
    }

    @FXML
    private void renameBody() {
        viewModel.renameBody();
    }

    @FXML
    private void mergeBody() {
        viewModel.mergeBody();
    }

    @FXML
    private void addMeeting() {
        viewModel.addMeeting();
    }

    @FXML
    private void editMeeting() {
        viewModel.editMeeting();
    }

    @FXML
    private void mergeMeeting() {
        viewModel.mergeMeeting();
    }

    @FXML
    private void moveLetter() {
        viewModel.moveLetter();
    }
}
