package org.casebook.ui.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The real dialogs, owned by the main window and styled like it (theme and font size included). */
public final class FxDialogService implements DialogService {

    private final Stage owner;
    private final Messages messages;
    /** The folder of the last choice, so the next chooser starts where the member was working. */
    private Optional<File> lastFolder = Optional.empty();

    public FxDialogService(Stage owner, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(t -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns())));
        lastFolder.ifPresent(chooser::setInitialDirectory);
        return remember(Optional.ofNullable(chooser.showOpenDialog(owner)));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        lastFolder.ifPresent(chooser::setInitialDirectory);
        return remember(Optional.ofNullable(chooser.showSaveDialog(owner)));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        lastFolder.ifPresent(chooser::setInitialDirectory);
        return remember(Optional.ofNullable(chooser.showDialog(owner)));
    }

    private Optional<Path> remember(Optional<File> chosen) {
        chosen.map(File::getParentFile).filter(File::isDirectory).ifPresent(f -> lastFolder = Optional.of(f));
        return chosen.map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, messages.get("dialog.cancel"));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String declineLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(declineLabel, ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(confirm, cancel);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        error(title, message).showAndWait();
    }

    /** An error without the theme's large red cross: the heading says what happened, calmly, and that is enough. */
    private Alert error(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.setGraphic(null);
        return alert;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = error(title, message);
        TextArea trace = new TextArea(stackTrace(details));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.getStyleClass().add(Styles.DETAILS);
        trace.setAccessibleText(messages.get("dialog.details"));
        trace.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(trace);
        alert.getDialogPane().setExpanded(false);
        alert.showAndWait();
    }

    @Override
    public <T> Optional<T> chooseFromList(String title, String message, List<T> choices, Function<T, String> describe) {
        Dialog<T> dialog = new Dialog<>();
        prepare(dialog, title);
        ListView<T> list = new ListView<>();
        list.getItems().setAll(choices);
        list.setAccessibleText(message);
        list.getStyleClass().add(Styles.CHOICE_LIST);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        });
        Label label = new Label(message);
        label.setWrapText(true);
        label.setLabelFor(list);
        ButtonType choose = new ButtonType(messages.get("dialog.choose"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(choose,
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(choose).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        VBox content = new VBox(label, list);
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
            }
        });
        dialog.setResultConverter(button -> button == choose ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextField field = new TextField(initial);
        field.setAccessibleText(message);
        return ask(title, message, field, field::getText);
    }

    @Override
    public Optional<String> askLongText(String title, String message) {
        return editLongText(title, message, "");
    }

    @Override
    public Optional<String> editLongText(String title, String message, String initial) {
        TextArea area = new TextArea(initial);
        area.setWrapText(true);
        area.setPrefRowCount(16);
        area.setPrefColumnCount(60);
        area.setAccessibleText(message);
        return ask(title, message, area, area::getText).filter(text -> !text.isBlank());
    }

    private Optional<String> ask(String title, String message, javafx.scene.Node input, java.util.function.Supplier<String> value) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, title);
        Label label = new Label(message);
        label.setWrapText(true);
        label.setLabelFor(input);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        VBox content = new VBox(label, input);
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(event -> input.requestFocus());
        dialog.setResultConverter(button -> button == ok ? value.get() : null);
        return dialog.showAndWait();
    }

    @Override
    public void showProgress(String title, Worker<?> work) {
        if (done(work.getState())) {
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, title);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(work.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(work.progressProperty());
        bar.setAccessibleText(title);
        VBox content = new VBox(message, bar);
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE));
        // Closing the dialog any way but by the work ending (Cancel, Escape, the window's close box) cancels the work.
        dialog.setOnHidden(event -> work.cancel());
        work.stateProperty().addListener((obs, old, state) -> {
            if (done(state)) {
                dialog.close();
            }
        });
        dialog.show();
    }

    private static boolean done(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        return alert;
    }

    /** Same owner, theme, stylesheet and font size as the main window; sized to show long messages in full. */
    private void prepare(Dialog<?> dialog, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        OwnedDialogs.lookLike(owner, pane);
        pane.setPrefWidth(520);
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
