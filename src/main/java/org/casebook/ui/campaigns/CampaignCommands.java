package org.casebook.ui.campaigns;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.casebook.domain.Body;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.FoiState;
import org.casebook.service.CaseHandle;
import org.casebook.service.FoiDraftService.RequestDraft;
import org.casebook.ui.campaigns.CampaignDialogs.DraftView;
import org.casebook.ui.campaigns.CampaignsViewModel.Dependencies;
import org.casebook.ui.common.DialogService.FileType;
import org.casebook.ui.common.Messages;

/** The campaigns screen's commands: each asks what it needs through a form, then makes one undoable change. */
final class CampaignCommands {

    private final Dependencies deps;
    private final Messages messages;
    private final CampaignText words;
    private final CampaignEdits edits;
    private final Consumer<String> notice;
    private final Consumer<Optional<Long>> choose;

    CampaignCommands(Dependencies deps, CampaignText words, Consumer<String> notice, Consumer<Optional<Long>> choose) {
        this.deps = deps;
        this.messages = deps.messages();
        this.words = Objects.requireNonNull(words, "words");
        this.edits = new CampaignEdits(deps.edits(), deps.foi().register());
        this.notice = Objects.requireNonNull(notice, "notice");
        this.choose = Objects.requireNonNull(choose, "choose");
    }

    void newCampaign() {
        deps.forms().newCampaign(messages.get("campaigns.new.title"), Campaign.DEFAULT_TEMPLATE).ifPresent(form -> {
            List<String> questions = org.casebook.service.FoiService.questionLines(form.questions());
            edits.createCampaign(messages.format("campaigns.undo.new", form.title().strip()), form.title(), questions,
                    form.template(), created -> choose.accept(Optional.of(created.id())));
        });
    }

    void importBodies() {
        Optional<Path> csv = deps.dialogs().chooseFileToOpen(messages.get("campaigns.import.title"),
                List.of(new FileType(messages.get("campaigns.import.csv"), List.of("*.csv"))));
        if (csv.isEmpty()) {
            return;
        }
        Optional<String> tag = deps.dialogs().askText(messages.get("campaigns.import.tag.title"),
                messages.get("campaigns.import.tag.message"), "");
        if (tag.isEmpty()) {
            return;
        }
        Optional<String> only = tag.map(String::strip).filter(t -> !t.isEmpty());
        edits.importBodies(messages.format("campaigns.undo.import", csv.get().getFileName().toString()), csv.get(), only,
                done -> notice.accept(messages.format("campaigns.import.done", done.added(), done.matched())
                        + (done.warnings().isEmpty() ? "" : " " + messages.format("campaigns.import.warnings",
                        done.warnings().size()))));
    }

    /** Lets the member choose among the bodies not asked yet, then shows that body's draft. */
    void prepareRequest(Campaign campaign, List<Long> asked) {
        Optional<CaseHandle> handle = deps.edits().handle();
        List<Body> open = handle.map(db -> deps.bodies().directory(db).bodies()).orElse(List.of()).stream()
                .filter(b -> !asked.contains(b.id()))
                .sorted(Comparator.comparing((Body b) -> b.name().toLowerCase(Locale.UK))).toList();
        if (open.isEmpty()) {
            deps.dialogs().showInfo(messages.get("campaigns.prepare.title"), messages.get("campaigns.prepare.allAsked"));
            return;
        }
        deps.dialogs().chooseFromList(messages.get("campaigns.prepare.title"),
                        messages.format("campaigns.prepare.choose", campaign.title()), open, Body::name)
                .ifPresent(body -> handle.ifPresent(db -> showDraft(db, campaign, body)));
    }

    private void showDraft(CaseHandle db, Campaign campaign, Body body) {
        RequestDraft draft = deps.foi().drafts().draft(db, campaign.id(), body.id());
        DraftView view = new DraftView(body.name(), draft.subject(), draft.text(), draft.whatDoTheyKnow(), draft.mailto());
        deps.forms().showDraft(messages.format("campaigns.draft.title", body.name()), view, deps.foi().register().today(),
                new DraftButtons(deps, db, campaign, body, draft, notice),
                sending -> edits.recordSent(messages.format("campaigns.undo.sent", body.name()), campaign.id(),
                        body.id(), sending.sent(), sending.url()).or(() -> {
                            notice.accept(messages.format("campaigns.sent.done", body.name(),
                                    CampaignText.date(sending.sent())));
                            return Optional.empty();
                        }));
    }

    void changeState(RequestRow row) {
        String about = messages.format("campaigns.state.about", row.body(), row.state(), row.sent());
        deps.forms().changeState(messages.get("campaigns.state.title"), about, Arrays.asList(FoiState.values()),
                deps.foi().register().today(), form -> edits.changeState(
                        messages.format("campaigns.undo.state", row.body(), words.state(form.state())), row.id(),
                        form.state(), form.date(), form.note()));
    }
}
