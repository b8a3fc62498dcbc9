package org.casebook.ui.welcome;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import org.casebook.service.AppDirectories;
import org.casebook.service.SampleCaseService;
import org.casebook.service.UserSettings.RecentCase;
import org.casebook.ui.common.CaseSession;
import org.casebook.ui.common.Messages;

/** The welcome screen: start a new case, open one, pick up a recent one, or look around the sample case. */
public final class WelcomeViewModel {

    private static final String CASE_SUFFIX = ".casebook";

    /** A recent case as the list shows it: the case's name, the folder it is in, and a note when it is gone. */
    public record Row(String name, String location, Optional<String> note) {
        public String accessibleText() {
            return note.map(n -> name + ", " + location + ", " + n).orElse(name + ", " + location);
        }
    }

    private final CaseSession session;
    private final Messages messages;
    private final SampleCaseService samples;
    private final Path sampleLocation;
    private final BooleanBinding hasRecentCases;

    public WelcomeViewModel(CaseSession session, Messages messages, SampleCaseService samples, AppDirectories directories) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.samples = Objects.requireNonNull(samples, "samples");
        this.sampleLocation = directories.samples().resolve(SampleCaseService.FOLDER_NAME);
        this.hasRecentCases = Bindings.isNotEmpty(session.recentCases());
    }

    public ObservableList<RecentCase> recentCases() {
        return session.recentCases();
    }

    public BooleanBinding hasRecentCases() {
        return hasRecentCases;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    public void newCase() {
        session.newCase();
    }

    public void openCase() {
        session.openCase();
    }

    /**
     * Opens the sample case, made in the app's own data folder the first time; after that the same case opens again,
     * with whatever the member tried in it.
     */
    public void openSample() {
        session.openSample(sampleLocation, samples);
    }

    public void openRecent(RecentCase recent) {
        session.open(recent.path());
    }

    public void removeFromList(RecentCase recent) {
        session.removeFromRecent(recent.path());
    }

    public Row row(RecentCase recent) {
        Path path = recent.path();
        String folderName = Optional.ofNullable(path.getFileName()).map(Path::toString).orElse(path.toString());
        String name = folderName.endsWith(CASE_SUFFIX)
                ? folderName.substring(0, folderName.length() - CASE_SUFFIX.length())
                : folderName;
        String location = Optional.ofNullable(path.getParent()).map(Path::toString).orElse("");
        return new Row(name, location,
                recent.missing() ? Optional.of(messages.get("welcome.recent.missing")) : Optional.empty());
    }
}
