package org.casebook.ui.campaigns;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.service.FoiService;
import org.casebook.service.FoiService.RequestView;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;

/**
 * The dashboard's tile of late FOI requests: how many there are today and the three latest, by body and working days
 * late. Choosing the tile opens the campaigns screen. Counted again after every change.
 */
public final class OverdueRequests {

    private static final int SHOWN = 3;

    private final CaseEdits edits;
    private final FoiService foi;
    private final Navigation navigation;
    private final Messages messages;
    private final CampaignText words;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObservableList<String> latest = FXCollections.observableArrayList();
    /** Kept, not made per call: an unmodifiable view passes changes on only while someone holds it. */
    private final ObservableList<String> latestShown = FXCollections.unmodifiableObservableList(latest);

    public OverdueRequests(CaseEdits edits, FoiService foi, Navigation navigation, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.foi = Objects.requireNonNull(foi, "foi");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new CampaignText(messages);
        edits.version().addListener((obs, old, now) -> reload());
        reload();
    }

    public ReadOnlyIntegerProperty count() {
        return count.getReadOnlyProperty();
    }

    /** "Overdue requests: 4", or that none is late. */
    public ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    /** "NHS England — 7 working days late", the latest first, at most three. */
    public ObservableList<String> latest() {
        return latestShown;
    }

    public void open() {
        navigation.show(Navigation.Screen.CAMPAIGNS);
    }

    private void reload() {
        List<RequestView> late = edits.handle().map(db -> foi.overdue(db, foi.today())).orElse(List.of());
        count.set(late.size());
        heading.set(late.isEmpty() ? messages.get("dashboard.overdue.none")
                : messages.format("dashboard.overdue.count", late.size()));
        latest.setAll(late.stream().limit(SHOWN).map(v -> messages.format("dashboard.overdue.line", v.body().name(),
                words.late(v.clock().workingDaysLate()))).toList());
    }
}
