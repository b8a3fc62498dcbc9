package org.casebook.ui.workspace;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casebook.domain.Commitment;
import org.casebook.domain.Note;
import org.casebook.domain.Theme;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.Messages;

/** The detail pane's lists (theme chips, response types, commitments, notes), rebuilt from the view model. */
final class DetailLists {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private DetailLists() {
    }

    static void themes(FlowPane pane, ItemDetailViewModel viewModel, Messages messages) {
        pane.getChildren().setAll(viewModel.themes().stream().map(theme -> themeChip(theme, viewModel, messages)).toList());
    }

    private static HBox themeChip(Theme theme, ItemDetailViewModel viewModel, Messages messages) {
        Label name = ItemCells.chip(theme);
        Button remove = new Button("✕");
        remove.getStyleClass().addAll("cb-chip-remove", "flat");
        remove.setAccessibleText(messages.format("detail.theme.remove", theme.name()));
        remove.setOnAction(event -> viewModel.removeTheme(theme));
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("cb-chip-box");
        return chip;
    }

    /** The item's waiting suggestions, each with why it was made and Accept and Reject; false when there are none. */
    static boolean suggestions(VBox list, ItemDetailViewModel viewModel, Messages messages) {
        java.util.List<javafx.scene.Node> rows = new java.util.ArrayList<>();
        java.util.Optional<ItemRow> row = viewModel.row().get();
        viewModel.suggestedThemes().forEach(theme -> rows.add(suggestion(messages.get("detail.suggestion.theme"),
                ItemCells.chip(theme), theme.name(), row.flatMap(r -> r.themeEvidence(theme.id())),
                () -> viewModel.acceptTheme(theme), () -> viewModel.rejectTheme(theme), messages)));
        viewModel.suggestedResponseTypes().forEach(type -> {
            Label name = new Label(type.name());
            name.getStyleClass().add("cb-suggested-type");
            rows.add(suggestion(messages.get("detail.suggestion.type"), name, type.name(),
                    row.flatMap(r -> r.responseTypeEvidence(type.id())),
                    () -> viewModel.acceptResponseType(type), () -> viewModel.rejectResponseType(type), messages));
        });
        viewModel.suggestedCommitments().forEach(commitment -> {
            Label text = new Label(commitment.text());
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            rows.add(suggestion(messages.get("detail.suggestion.commitment"), text, commitment.text(),
                    commitment.evidence(), () -> viewModel.acceptCommitment(commitment),
                    () -> viewModel.rejectCommitment(commitment), messages));
        });
        list.getChildren().setAll(rows);
        return !rows.isEmpty();
    }

    /** One suggestion: what kind, what, the words that led to it (the rule on hover), and the two answers. */
    private static VBox suggestion(String kind, Label name, String what,
                                   java.util.Optional<org.casebook.domain.SuggestionEvidence> evidence,
                                   Runnable accept, Runnable reject, Messages messages) {
        Label kindLabel = muted(kind);
        kindLabel.setMinWidth(Label.USE_PREF_SIZE);
        Button yes = new Button(messages.get("detail.suggestion.accept"));
        yes.setAccessibleText(messages.format("detail.suggestion.accept.help", what));
        yes.setOnAction(event -> accept.run());
        Button no = new Button(messages.get("detail.suggestion.reject"));
        no.setAccessibleText(messages.format("detail.suggestion.reject.help", what));
        no.setOnAction(event -> reject.run());
        yes.setMinWidth(Button.USE_PREF_SIZE);
        no.setMinWidth(Button.USE_PREF_SIZE);
        HBox top = new HBox(8, kindLabel, name, spacer(), yes, no);
        HBox.setHgrow(name, Priority.SOMETIMES);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, top);
        evidence.ifPresent(e -> {
            Label why = muted(messages.format("detail.suggestion.why", e.matched()));
            why.getStyleClass().add("cb-suggestion-why");
            javafx.scene.control.Tooltip rule = new javafx.scene.control.Tooltip(
                    messages.format("detail.suggestion.rule", e.rule(), e.matched()));
            rule.setWrapText(true);
            rule.setMaxWidth(420);
            javafx.scene.control.Tooltip.install(box, rule);
            box.getChildren().add(why);
            box.setAccessibleHelp(rule.getText());
        });
        box.getStyleClass().addAll("cb-entry", "cb-suggestion");
        return box;
    }

    static void responseTypes(FlowPane pane, ItemDetailViewModel viewModel) {
        pane.getChildren().setAll(viewModel.responseTypes().stream().map(choice -> {
            CheckBox box = new CheckBox(choice.type().name());
            box.setSelected(choice.chosen());
            box.setAccessibleHelp(choice.type().description());
            box.setOnAction(event -> viewModel.toggleResponseType(choice.type()));
            return box;
        }).toList());
    }

    static void commitments(VBox list, ItemDetailViewModel viewModel, Messages messages) {
        if (viewModel.commitments().isEmpty()) {
            list.getChildren().setAll(muted(messages.get("detail.commitment.none")));
            return;
        }
        list.getChildren().setAll(viewModel.commitments().stream().map(c -> commitment(c, viewModel, messages)).toList());
    }

    private static VBox commitment(Commitment commitment, ItemDetailViewModel viewModel, Messages messages) {
        Label text = new Label(commitment.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        String meta = messages.format("detail.commitment.meta",
                new CommitmentText(messages).status(commitment.status()),
                commitment.due().isPresent() ? 1 : 0, commitment.due().map(DATE::format).orElse(""),
                commitment.owner().isBlank() ? 0 : 1, commitment.owner());
        Label details = muted(meta);
        Button edit = new Button(messages.get("detail.commitment.edit"));
        edit.setOnAction(event -> viewModel.editCommitment(commitment));
        Button delete = new Button(messages.get("detail.commitment.delete"));
        delete.setOnAction(event -> viewModel.deleteCommitment(commitment));
        edit.setAccessibleText(messages.get("detail.commitment.edit") + " " + commitment.text());
        delete.setAccessibleText(messages.get("detail.commitment.delete") + " " + commitment.text());
        HBox row = new HBox(6, details, spacer(), edit, delete);
        row.getStyleClass().add("cb-entry-actions");
        VBox entry = new VBox(4, text, row);
        entry.getStyleClass().add("cb-entry");
        return entry;
    }

    static void notes(VBox list, ItemDetailViewModel viewModel, Messages messages) {
        if (viewModel.notes().isEmpty()) {
            list.getChildren().setAll(muted(messages.get("detail.note.none")));
            return;
        }
        list.getChildren().setAll(viewModel.notes().stream().map(note -> note(note, viewModel, messages)).toList());
    }

    private static VBox note(Note note, ItemDetailViewModel viewModel, Messages messages) {
        Label text = new Label(note.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        Label when = muted(DATE.format(note.created().atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
        Button edit = new Button(messages.get("detail.note.edit"));
        edit.setOnAction(event -> viewModel.editNote(note));
        Button delete = new Button(messages.get("detail.note.delete"));
        delete.setOnAction(event -> viewModel.deleteNote(note));
        HBox row = new HBox(6, when, spacer(), edit, delete);
        row.getStyleClass().add("cb-entry-actions");
        VBox entry = new VBox(4, text, row);
        entry.getStyleClass().add("cb-entry");
        return entry;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("cb-muted");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
