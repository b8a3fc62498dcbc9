package org.casebook.ui.campaigns;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casebook.ui.campaigns.CampaignDialogs.DraftActions;
import org.casebook.ui.campaigns.CampaignDialogs.DraftView;
import org.casebook.ui.campaigns.CampaignDialogs.Sending;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/**
 * One body's request, ready to send: its text to copy, the WhatDoTheyKnow link and the e-mail, and below them the
 * day it went, so that marking it sent is the form's one button that stores anything.
 */
final class FxDraftDialog {

    private final FormParts parts;
    private final Messages messages;

    FxDraftDialog(FormParts parts) {
        this.parts = parts;
        this.messages = parts.messages();
    }

    void show(String title, DraftView draft, LocalDate today, DraftActions actions,
              Function<Sending, Optional<String>> attempt) {
        Label intro = wrapped(messages.get("campaigns.draft.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        Label subject = wrapped(messages.format("campaigns.draft.subject", draft.subject()));
        TextArea text = new TextArea(draft.text());
        text.setId("draftText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setPrefColumnCount(52);
        text.setAccessibleText(messages.get("campaigns.draft.text"));

        Button copy = button("draftCopyButton", "campaigns.draft.copy", actions::copyText);
        Button wdtk = button("draftWdtkButton", "campaigns.draft.wdtk.open", actions::openWhatDoTheyKnow);
        Button wdtkCopy = button("draftWdtkCopyButton", "campaigns.draft.wdtk.copy", actions::copyWhatDoTheyKnow);
        Button mail = button("draftMailButton", "campaigns.draft.mailto", actions::openMailto);
        Button save = button("draftSaveButton", "campaigns.draft.save", actions::saveEmail);
        Button letter = button("draftLetterButton", "campaigns.draft.letter", actions::saveLetter);
        wdtk.setDisable(draft.whatDoTheyKnow().isEmpty());
        wdtkCopy.setDisable(draft.whatDoTheyKnow().isEmpty());
        mail.setDisable(draft.mailto().isEmpty());
        FlowPane ways = new FlowPane(copy, wdtk, wdtkCopy, mail, save, letter);
        ways.getStyleClass().add(Styles.CAMPAIGN_DRAFT_WAYS);
        VBox missing = new VBox();
        if (draft.whatDoTheyKnow().isEmpty()) {
            missing.getChildren().add(muted(messages.get("campaigns.draft.wdtk.none")));
        }
        if (draft.mailto().isEmpty()) {
            missing.getChildren().add(muted(messages.get("campaigns.draft.mailto.none")));
        }

        DatePicker sent = FormParts.datePicker("sentDateField", today);
        TextField url = new TextField();
        url.setId("sentUrlField");
        url.setPromptText(messages.get("campaigns.draft.url.prompt"));
        GridPane form = parts.form();
        // Inside the draft's own padded content, the sending form needs no padding of its own.
        form.getStyleClass().remove(Styles.DIALOG_CONTENT);
        parts.row(form, 0, "campaigns.draft.sentOn", sent, sent);
        parts.row(form, 1, "campaigns.draft.url", url, url);
        Label refusal = parts.refusal();

        VBox content = new VBox(intro, subject, text, ways, missing, new Separator(), form, refusal);
        content.getStyleClass().addAll(Styles.DIALOG_CONTENT, Styles.CAMPAIGN_DRAFT);
        Dialog<Void> dialog = parts.dialog(title);
        parts.tryingButtons(dialog, content, "campaigns.draft.markSent", "campaigns.draft.close", refusal,
                () -> FormParts.typed(sent).map(d -> attempt.apply(new Sending(d, Optional.of(url.getText().strip())
                        .filter(u -> !u.isEmpty())))).orElseGet(() -> Optional.of(
                        messages.get("campaigns.form.date.unreadable"))));
        dialog.setOnShown(event -> copy.requestFocus());
        dialog.showAndWait();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label wrapped(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String words) {
        Label label = wrapped(words);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
