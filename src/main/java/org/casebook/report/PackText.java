package org.casebook.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;

/** The words a pack prints, from {@code pack.properties}, kept apart from the app's own messages. */
public final class PackText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.casebook.report.pack", Locale.UK);

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.UK).format(args);
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public String stance(Stance stance) {
        return get("stance." + stance.code());
    }

    public String status(CommitmentStatus status) {
        return get("status." + status.code());
    }

    public String marker(StepMarker marker) {
        return get("marker." + marker.code());
    }
}
