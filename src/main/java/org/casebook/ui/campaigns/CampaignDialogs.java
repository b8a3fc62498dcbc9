package org.casebook.ui.campaigns;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.domain.foi.FoiState;

/**
 * The forms of FOI campaigns, behind an interface so view models can be tested with a fake. A form that stores
 * something hands what the member typed to {@code attempt}: an empty answer means it was stored and the form closes,
 * a message means the case refused it, and the form shows the message calmly and stays open with nothing stored.
 */
public interface CampaignDialogs {

    /** A new campaign: its title, its questions one a line, and the request's text with its placeholders. */
    record CampaignForm(String title, String questions, String template) {
        public CampaignForm {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(questions, "questions");
            Objects.requireNonNull(template, "template");
        }
    }

    /** The day a request went, and its WhatDoTheyKnow page when it went that way. */
    record Sending(LocalDate sent, Optional<String> url) {
        public Sending {
            Objects.requireNonNull(sent, "sent");
            Objects.requireNonNull(url, "url");
        }
    }

    /** A new state of a request, its day, and why. */
    record StateForm(FoiState state, LocalDate date, String note) {
        public StateForm {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(note, "note");
        }
    }

    /** A request ready for one body, as the draft form shows it. */
    record DraftView(String body, String subject, String text, Optional<URI> whatDoTheyKnow, Optional<URI> mailto) {
        public DraftView {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(whatDoTheyKnow, "whatDoTheyKnow");
            Objects.requireNonNull(mailto, "mailto");
        }
    }

    /** What the draft form's buttons do; each is one call into the view model. */
    interface DraftActions {
        void copyText();

        void openWhatDoTheyKnow();

        void copyWhatDoTheyKnow();

        void openMailto();

        void saveEmail();

        /** Saves the request as a dated letter to print and post, for a body without an FOI address. */
        void saveLetter();
    }

    /** Asks for a new campaign, the template filled in to start with; empty when cancelled. */
    Optional<CampaignForm> newCampaign(String title, String template);

    /** Shows a request's draft with its ways of sending, until the member marks it sent (and it is stored) or closes. */
    void showDraft(String title, DraftView draft, LocalDate today, DraftActions actions,
                   Function<Sending, Optional<String>> attempt);

    /** Asks for a request's next state, starting at {@code today}, until it is stored or the member cancels. */
    void changeState(String title, String request, List<FoiState> states, LocalDate today,
                     Function<StateForm, Optional<String>> attempt);
}
