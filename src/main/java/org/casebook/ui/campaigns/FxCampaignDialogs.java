package org.casebook.ui.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casebook.domain.foi.FoiState;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/** The campaign forms as JavaFX dialogs over the main window; the draft form is {@link FxDraftDialog}. */
public final class FxCampaignDialogs implements CampaignDialogs {

    private final FormParts parts;
    private final Messages messages;
    private final CampaignText words;

    public FxCampaignDialogs(Window owner, Messages messages) {
        this.parts = new FormParts(owner, messages);
        this.messages = messages;
        this.words = new CampaignText(messages);
    }

    @Override
    public Optional<CampaignForm> newCampaign(String title, String template) {
        TextField name = new TextField();
        name.setId("campaignTitleField");
        TextArea questions = area("campaignQuestionsField", "", 6);
        questions.setPromptText(messages.get("campaigns.form.questions.prompt"));
        TextArea text = area("campaignTemplateField", template, 8);
        Label help = new Label(messages.get("campaigns.form.template.help"));
        help.getStyleClass().add(Styles.MUTED);
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox templateBox = new VBox(text, help);
        templateBox.getStyleClass().add(Styles.CAMPAIGN_FIELD_STACK);

        Dialog<CampaignForm> dialog = parts.dialog(title);
        GridPane form = parts.form();
        parts.row(form, 0, "campaigns.form.title", name, name);
        parts.row(form, 1, "campaigns.form.questions", questions, questions);
        parts.row(form, 2, "campaigns.form.template", text, templateBox);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || questions.getText().isBlank(), name.textProperty(),
                questions.textProperty()));
        dialog.setOnShown(event -> name.requestFocus());
        dialog.setResultConverter(button -> button == ok
                ? new CampaignForm(name.getText().strip(), questions.getText(), text.getText()) : null);
        return dialog.showAndWait();
    }

    @Override
    public void showDraft(String title, DraftView draft, LocalDate today, DraftActions actions,
                          Function<Sending, Optional<String>> attempt) {
        new FxDraftDialog(parts).show(title, draft, today, actions, attempt);
    }

    @Override
    public void changeState(String title, String request, List<FoiState> states, LocalDate today,
                            Function<StateForm, Optional<String>> attempt) {
        Label about = new Label(request);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        ComboBox<FoiState> state = new ComboBox<>(FXCollections.observableArrayList(states));
        state.setId("stateChoice");
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(FoiState value) {
                return value == null ? "" : words.state(value);
            }

            @Override
            public FoiState fromString(String text) {
                return null;
            }
        });
        state.getSelectionModel().select(FoiState.SUCCESSFUL);
        DatePicker date = FormParts.datePicker("stateDateField", today);
        TextArea note = area("stateNoteField", "", 3);
        Label refusal = parts.refusal();

        Dialog<Void> dialog = parts.dialog(title);
        GridPane form = parts.form();
        Label aboutLabel = new Label(messages.get("campaigns.state.request"));
        aboutLabel.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(0, aboutLabel, about);
        parts.row(form, 1, "campaigns.state.choice", state, state);
        parts.row(form, 2, "campaigns.state.date", date, date);
        parts.row(form, 3, "campaigns.state.note", note, note);
        form.add(refusal, 0, 4, 2, 1);
        parts.tryingButtons(dialog, form, "dialog.ok", "dialog.cancel", refusal, () -> FormParts.typed(date)
                .map(d -> attempt.apply(new StateForm(state.getValue(), d, note.getText().strip())))
                .orElseGet(() -> Optional.of(messages.get("campaigns.form.date.unreadable"))));
        dialog.setOnShown(event -> state.requestFocus());
        dialog.showAndWait();
    }

    private static TextArea area(String id, String initial, int rows) {
        TextArea area = new TextArea(initial);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(44);
        return area;
    }
}
