package org.casebook.ui.pack;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;
import org.casebook.service.PackRequest;

/** How a pack is written: title, date, sections and the three switches. Starts as the standard pack. */
public final class PackForm {

    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final Map<PackSection, BooleanProperty> sections = new EnumMap<>(PackSection.class);
    private final BooleanProperty includeNotes = new SimpleBooleanProperty();
    private final BooleanProperty largePrint = new SimpleBooleanProperty();
    private final BooleanProperty redact = new SimpleBooleanProperty();
    private final String defaultTitle;
    private final LocalDate today;
    /** The title and date the form last filled in by itself; once the member types their own, it is left alone. */
    private String offeredTitle;
    private LocalDate offeredDate;

    PackForm(String defaultTitle, LocalDate today) {
        this.defaultTitle = defaultTitle;
        this.today = today;
        offeredTitle = defaultTitle;
        offeredDate = today;
        title.set(defaultTitle);
        date.set(today);
        for (PackSection section : PackSection.values()) {
            sections.put(section, new SimpleBooleanProperty(true));
        }
    }

    public StringProperty title() {
        return title;
    }

    /** The cover's date; a date picker sets it to null while its text is being typed over, which means "today". */
    public ObjectProperty<LocalDate> date() {
        return date;
    }

    BooleanProperty section(PackSection section) {
        return sections.get(section);
    }

    public BooleanProperty summary() {
        return section(PackSection.SUMMARY);
    }

    public BooleanProperty concerns() {
        return section(PackSection.CONCERNS);
    }

    public BooleanProperty commitments() {
        return section(PackSection.COMMITMENTS);
    }

    /** The FOI campaigns' section: questions, answers side by side, who is late and who refused. */
    public BooleanProperty campaigns() {
        return section(PackSection.CAMPAIGNS);
    }

    public BooleanProperty history() {
        return section(PackSection.HISTORY);
    }

    public BooleanProperty letters() {
        return section(PackSection.LETTERS);
    }

    public BooleanProperty includeNotes() {
        return includeNotes;
    }

    public BooleanProperty largePrint() {
        return largePrint;
    }

    public BooleanProperty redact() {
        return redact;
    }

    /**
     * A pack is usually for one meeting: choosing it offers its name in the title and its date on the cover, and
     * choosing all meetings again offers the plain title and today. A title or date the member changed stays.
     */
    void offerFor(Optional<String> meetingTitle, Optional<LocalDate> meetingDate) {
        String newTitle = meetingTitle.orElse(defaultTitle);
        if (Objects.equals(title.get(), offeredTitle)) {
            title.set(newTitle);
        }
        offeredTitle = newTitle;
        LocalDate newDate = meetingDate.orElse(today);
        if (Objects.equals(date.get(), offeredDate)) {
            date.set(newDate);
        }
        offeredDate = newDate;
    }

    /** The pack the form describes for {@code scope}; a blank title becomes the default one. */
    PackRequest request(PackScope scope, LocalDate today) {
        Set<PackSection> chosen = EnumSet.noneOf(PackSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        String shownTitle = Optional.ofNullable(title.get()).map(String::strip).filter(t -> !t.isEmpty()).orElse(defaultTitle);
        return PackRequest.of(scope).withTitle(Optional.of(shownTitle))
                .withDate(Optional.of(Optional.ofNullable(date.get()).orElse(today))).withSections(chosen)
                .withNotes(includeNotes.get()).withLargePrint(largePrint.get()).withRedaction(redact.get());
    }
}
