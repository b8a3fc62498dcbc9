package org.casebook.ui.campaigns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.foi.Campaign;
import org.casebook.service.BodyService;
import org.casebook.service.CaseHandle;
import org.casebook.service.FoiService.RequestView;
import org.casebook.service.FoiServices;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.TaskRunner;

/**
 * The campaigns screen: the case's FOI campaigns, the chosen one's requests with where each stands today, and its
 * answers side by side ({@link AnswersViewModel}). Reads the case again after every change (undo included), keeping
 * the chosen campaign and request by id. Runs without the JavaFX thread.
 */
public final class CampaignsViewModel {

    /** What the screen needs, handed over together. */
    public record Dependencies(CaseEdits edits, FoiServices foi, BodyService bodies, CampaignDialogs forms,
                               DialogService dialogs, Outside outside, TaskRunner tasks, Navigation navigation,
                               Messages messages, ResponseImporter responses) {
        public Dependencies {
            Objects.requireNonNull(edits, "edits");
            Objects.requireNonNull(foi, "foi");
            Objects.requireNonNull(bodies, "bodies");
            Objects.requireNonNull(forms, "forms");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(outside, "outside");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(navigation, "navigation");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(responses, "responses");
        }
    }

    private final Dependencies deps;
    private final CampaignText words;
    private final CampaignCommands commands;
    private final AnswersViewModel answers;
    private final ObservableList<CampaignRow> campaigns = FXCollections.observableArrayList();
    private final ObservableList<RequestRow> requests = FXCollections.observableArrayList();
    /** Kept, not made per call: an unmodifiable view passes changes on only while someone holds it. */
    private final ObservableList<RequestRow> requestsShown = FXCollections.unmodifiableObservableList(requests);
    private final ObjectProperty<Optional<Long>> selectedCampaign = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Long>> selectedRequest = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasCampaign;
    private final BooleanBinding hasRequest;

    public CampaignsViewModel(Dependencies deps) {
        this.deps = Objects.requireNonNull(deps, "deps");
        this.words = new CampaignText(deps.messages());
        this.commands = new CampaignCommands(deps, words, notice::set, selectedCampaign::set);
        this.answers = new AnswersViewModel(deps, words, notice::set);
        hasCampaign = Bindings.createBooleanBinding(() -> selectedCampaign.get().isPresent(), selectedCampaign);
        hasRequest = Bindings.createBooleanBinding(() -> selectedRequest.get().isPresent(), selectedRequest);
        deps.edits().version().addListener((obs, old, now) -> reload());
        selectedCampaign.addListener((obs, old, now) -> showCampaign());
        reload();
    }

    public ObservableList<CampaignRow> campaigns() {
        return FXCollections.unmodifiableObservableList(campaigns);
    }

    /** The chosen campaign's requests, by body. */
    public ObservableList<RequestRow> requests() {
        return requestsShown;
    }

    /** The chosen campaign's id; the list writes it, and it survives reloads while the campaign is there. */
    public ObjectProperty<Optional<Long>> selectedCampaignProperty() {
        return selectedCampaign;
    }

    public ObjectProperty<Optional<Long>> selectedRequestProperty() {
        return selectedRequest;
    }

    public AnswersViewModel answers() {
        return answers;
    }

    public CampaignText words() {
        return words;
    }

    /** The chosen campaign's title and its questions' count, or a hint when none is chosen. */
    public ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    /** What the last action did, in a sentence ("Imported 12 bodies (3 already in the case)"). */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding hasCampaign() {
        return hasCampaign;
    }

    public BooleanBinding hasRequest() {
        return hasRequest;
    }

    /** One of the screen's fixed texts. */
    public String text(String key) {
        return deps.messages().get(key);
    }

    /** What a screen reader says for a request's row. */
    public String spoken(RequestRow row) {
        return deps.messages().format("campaigns.request.spoken", row.body(), row.state(), row.sent(), row.due(),
                row.late().isEmpty() ? deps.messages().get("campaigns.onTime") : row.late());
    }

    public void newCampaign() {
        commands.newCampaign();
    }

    public void importBodies() {
        commands.importBodies();
    }

    /** Offers the bodies not yet asked in the chosen campaign, then that body's draft with its ways to send. */
    public void prepareRequest() {
        selected().ifPresent(c -> commands.prepareRequest(c, requests.stream().map(r -> r.view().body().id()).toList()));
    }

    /** Imports the chosen request's response: read, split and reviewed like any letter, then read as answers. */
    public void importResponse() {
        selectedRequest.get().ifPresent(deps.responses()::importResponse);
    }

    public void changeState() {
        selectedRequest.get().flatMap(id -> requests.stream().filter(r -> r.id() == id).findFirst())
                .ifPresent(commands::changeState);
    }

    private Optional<Campaign> selected() {
        return selectedCampaign.get().flatMap(id -> campaigns.stream().filter(c -> c.id() == id).findFirst())
                .map(CampaignRow::campaign);
    }

    private void reload() {
        Optional<CaseHandle> handle = deps.edits().handle();
        Optional<Long> keep = selectedCampaign.get();
        List<RequestView> all = handle.map(db -> deps.foi().register().requests(db, Optional.empty(), today()))
                .orElse(List.of());
        campaigns.setAll(handle.map(db -> deps.foi().register().campaigns(db)).orElse(List.of()).stream()
                .map(c -> row(c, all)).toList());
        Optional<Long> still = keep.filter(id -> campaigns.stream().anyMatch(c -> c.id() == id))
                .or(() -> campaigns.stream().findFirst().map(CampaignRow::id));
        if (still.equals(selectedCampaign.get())) {
            showCampaign();
        } else {
            selectedCampaign.set(still);
        }
    }

    private CampaignRow row(Campaign campaign, List<RequestView> all) {
        List<RequestView> mine = all.stream().filter(v -> v.campaign().id() == campaign.id()).toList();
        int late = (int) mine.stream().filter(v -> v.clock().overdue()).count();
        return new CampaignRow(campaign, mine.size(), late,
                deps.messages().format("campaigns.list.counts", mine.size(), late));
    }

    private void showCampaign() {
        Optional<Campaign> campaign = selected();
        Optional<Long> keep = selectedRequest.get();
        requests.setAll(campaign.flatMap(c -> deps.edits().handle().map(db -> deps.foi().register()
                .requests(db, Optional.of(c.id()), today()))).orElse(List.of()).stream().map(this::row).toList());
        heading.set(campaign.map(c -> deps.messages().format("campaigns.heading", c.title(), c.questions().size()))
                .orElseGet(() -> deps.messages().get("campaigns.heading.none")));
        selectedRequest.set(keep.filter(id -> requests.stream().anyMatch(r -> r.id() == id)));
        answers.show(campaign);
    }

    private RequestRow row(RequestView v) {
        return new RequestRow(v, v.body().name(), CampaignText.date(v.request().sent()), CampaignText.date(v.clock().due()),
                words.state(v.state(), v.clock().lateness()), words.late(v.clock()), words.reviewDue(v.clock()));
    }

    private java.time.LocalDate today() {
        return deps.foi().register().today();
    }
}
