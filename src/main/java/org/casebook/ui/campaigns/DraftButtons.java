package org.casebook.ui.campaigns;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.casebook.domain.Body;
import org.casebook.domain.foi.Campaign;
import org.casebook.service.CaseHandle;
import org.casebook.service.FoiDraftService.RequestDraft;
import org.casebook.ui.campaigns.CampaignsViewModel.Dependencies;
import org.casebook.ui.common.Messages;

/** What the draft form's buttons do for one body's request: copy, open a link, or save an e-mail draft. */
final class DraftButtons implements CampaignDialogs.DraftActions {

    private final Dependencies deps;
    private final CaseHandle db;
    private final Campaign campaign;
    private final Body body;
    private final RequestDraft draft;
    private final Consumer<String> notice;
    private final Messages messages;

    DraftButtons(Dependencies deps, CaseHandle db, Campaign campaign, Body body, RequestDraft draft,
                 Consumer<String> notice) {
        this.deps = Objects.requireNonNull(deps, "deps");
        this.db = Objects.requireNonNull(db, "db");
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.body = Objects.requireNonNull(body, "body");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.messages = deps.messages();
    }

    @Override
    public void copyText() {
        deps.outside().copy(draft.text());
        notice.accept(messages.get("campaigns.draft.copied"));
    }

    @Override
    public void openWhatDoTheyKnow() {
        draft.whatDoTheyKnow().ifPresent(deps.outside()::open);
    }

    @Override
    public void copyWhatDoTheyKnow() {
        draft.whatDoTheyKnow().ifPresent(link -> {
            deps.outside().copy(link.toString());
            notice.accept(messages.get("campaigns.draft.linkCopied"));
        });
    }

    @Override
    public void openMailto() {
        draft.mailto().ifPresent(deps.outside()::open);
    }

    @Override
    public void saveEmail() {
        Optional<Path> file = deps.dialogs().chooseFileToSave(messages.get("campaigns.draft.save.title"),
                FileNames.safe(campaign.title() + " - " + body.name()) + ".eml");
        file.ifPresent(path -> deps.tasks().run(progress -> {
            deps.foi().drafts().writeEmail(db, campaign.id(), body.id(), path);
            return path;
        }, saved -> notice.accept(messages.format("campaigns.draft.saved", saved.getFileName().toString())),
                failure -> deps.dialogs().showError(messages.get("campaigns.draft.save.failed"),
                        String.valueOf(failure.getMessage()), failure)));
    }

    @Override
    public void saveLetter() {
        Optional<Path> file = deps.dialogs().chooseFileToSave(messages.get("campaigns.draft.letter.title"),
                FileNames.safe(campaign.title() + " - " + body.name()) + ".txt");
        file.ifPresent(path -> deps.tasks().run(progress -> {
            deps.foi().drafts().writeLetter(db, campaign.id(), body.id(), path);
            return path;
        }, saved -> notice.accept(messages.format("campaigns.draft.letter.saved", saved.getFileName().toString())),
                failure -> deps.dialogs().showError(messages.get("campaigns.draft.letter.failed"),
                        String.valueOf(failure.getMessage()), failure)));
    }
}
