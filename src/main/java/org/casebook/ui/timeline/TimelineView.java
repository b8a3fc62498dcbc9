package org.casebook.ui.timeline;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Messages;
import org.casebook.ui.workspace.StanceText;

/** Controller for {@code Timeline.fxml}: the chosen theme or thread, a column per meeting, oldest first. */
public final class TimelineView {

    private final TimelineViewModel viewModel;
    private final Messages messages;

    @FXML
    private ComboBox<TimelineViewModel.Subject> subjectChoice;
    @FXML
    private Label timelineSummary;
    @FXML
    private HBox timelineColumns;

    public TimelineView(TimelineViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        subjectChoice.setItems(viewModel.subjects());
        subjectChoice.setCellFactory(list -> subjectCell());
        subjectChoice.setButtonCell(subjectCell());
        subjectChoice.valueProperty().bindBidirectional(viewModel.subject());
        viewModel.timeline().addListener((obs, old, timeline) -> show(timeline));
        show(viewModel.timeline().get());
    }

    private void show(Timeline timeline) {
        timelineSummary.setText(viewModel.summary());
        timelineColumns.getChildren().setAll(timeline.columns().stream().map(this::column).toList());
    }

    private VBox column(Timeline.Column column) {
        Label heading = new Label(column.label());
        heading.getStyleClass().add("cb-section-label");
        heading.setWrapText(true);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(6, heading);
        column.entries().forEach(entry -> box.getChildren().add(entry(entry)));
        box.getStyleClass().add("cb-timeline-column");
        return box;
    }

    /** An entry opens its item with a click, Enter or Space, so the keyboard reaches every one. */
    private VBox entry(Timeline.Entry entry) {
        Label title = new Label(messages.format("timeline.entry", entry.path(), entry.concern()));
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label stance = StanceText.badge(messages, entry.stance());
        Label letter = new Label(entry.letter());
        letter.getStyleClass().addAll("cb-muted", "cb-small");
        letter.setWrapText(true);
        letter.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(4, title, letter, stance);
        box.getStyleClass().addAll("cb-entry", "cb-timeline-entry");
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.BUTTON);
        box.setAccessibleText(title.getText() + ", " + stance.getText() + ", " + entry.letter());
        box.setUserData(entry.itemId());
        box.setOnMouseClicked(event -> viewModel.open(entry.itemId()));
        // Drag an entry onto a thread in the list beside it to link the item to that thread by hand.
        box.setOnDragDetected(event -> {
            javafx.scene.input.Dragboard board = box.startDragAndDrop(javafx.scene.input.TransferMode.LINK);
            board.setContent(java.util.Map.of(org.casebook.ui.common.DragFormats.ITEM, Long.toString(entry.itemId())));
            event.consume();
        });
        box.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                viewModel.open(entry.itemId());
            }
        });
        return box;
    }

    private static ListCell<TimelineViewModel.Subject> subjectCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TimelineViewModel.Subject subject, boolean empty) {
                super.updateItem(subject, empty);
                setText(empty || subject == null ? null : subject.label());
            }
        };
    }
}
