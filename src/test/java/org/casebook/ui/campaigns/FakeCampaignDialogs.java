package org.casebook.ui.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.casebook.domain.foi.FoiState;

/**
 * Campaign forms answered from queues the test fills in advance. A form that stores something hands its queued answer
 * to the view model's attempt, as OK would, and records what came back: a refusal's message, or nothing when stored.
 */
final class FakeCampaignDialogs implements CampaignDialogs {

    final Queue<CampaignForm> campaigns = new ConcurrentLinkedQueue<>();
    final Queue<Sending> sendings = new ConcurrentLinkedQueue<>();
    final Queue<StateForm> states = new ConcurrentLinkedQueue<>();
    /** What the draft form's buttons are pressed for, in order, before marking it sent. */
    final Queue<Consumer<DraftActions>> presses = new ConcurrentLinkedQueue<>();
    final List<DraftView> draftsShown = new ArrayList<>();
    final List<String> refusals = new ArrayList<>();
    final List<String> templatesOffered = new ArrayList<>();

    @Override
    public Optional<CampaignForm> newCampaign(String title, String template) {
        templatesOffered.add(template);
        return Optional.ofNullable(campaigns.poll());
    }

    @Override
    public void showDraft(String title, DraftView draft, LocalDate today, DraftActions actions,
                          Function<Sending, Optional<String>> attempt) {
        draftsShown.add(draft);
        presses.forEach(press -> press.accept(actions));
        presses.clear();
        Optional.ofNullable(sendings.poll()).flatMap(attempt).ifPresent(refusals::add);
    }

    @Override
    public void changeState(String title, String request, List<FoiState> choices, LocalDate today,
                            Function<StateForm, Optional<String>> attempt) {
        Optional.ofNullable(states.poll()).flatMap(attempt).ifPresent(refusals::add);
    }
}
