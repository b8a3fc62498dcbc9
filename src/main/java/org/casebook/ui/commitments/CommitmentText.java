package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.util.StringConverter;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.StatusChange;
import org.casebook.ui.common.Messages;

/** The words the register and its forms use for statuses, dates, filters and commitments named in undo. */
public final class CommitmentText {

    /** How long a commitment's words may be when an undo description names it. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Short enough that a due date and the overdue mark fit a table column. */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("[d MMMM yyyy][d MMM yyyy][d/M/yyyy][d-M-yyyy][d.M.yyyy][yyyy-M-d]", Locale.UK);

    /** Dates as the forms show them, and the ways a member may type one. */
    public static final StringConverter<LocalDate> DATES = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : DAY.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return parse(text).orElse(null);
        }
    };

    private final Messages messages;

    public CommitmentText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String status(CommitmentStatus status) {
        return switch (status) {
            case OPEN -> messages.get("commitments.status.open");
            case KEPT -> messages.get("commitments.status.kept");
            case BROKEN -> messages.get("commitments.status.broken");
            case UNCLEAR -> messages.get("commitments.status.unclear");
            case SUGGESTED -> messages.get("commitments.status.suggested");
            case REJECTED -> messages.get("commitments.status.rejected");
        };
    }

    /** The status with a sign in front, so that the table never tells statuses apart by colour alone. */
    public String statusWithSign(CommitmentStatus status) {
        String sign = switch (status) {
            case OPEN -> "○";
            case KEPT -> "✓";
            case BROKEN -> "✗";
            case UNCLEAR -> "?";
            case SUGGESTED -> "◇";
            case REJECTED -> "–";
        };
        return sign + " " + status(status);
    }

    public String filter(StatusFilter filter) {
        return switch (filter) {
            case ALL -> messages.get("commitments.filter.all");
            case SUGGESTED -> messages.get("commitments.filter.suggested");
            case OPEN -> messages.get("commitments.filter.open");
            case OVERDUE -> messages.get("commitments.filter.overdue");
            case KEPT -> messages.get("commitments.filter.kept");
            case BROKEN -> messages.get("commitments.filter.broken");
            case UNCLEAR -> messages.get("commitments.filter.unclear");
        };
    }

    public static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** The due date, marked when it has passed with the promise still open. */
    public String due(Optional<LocalDate> due, boolean overdue) {
        return due.map(d -> overdue ? messages.format("commitments.due.overdue", SHORT_DAY.format(d)) : SHORT_DAY.format(d))
                .orElseGet(() -> messages.get("commitments.due.none"));
    }

    /** The status as the table shows it: an overdue promise says so instead of "open", which it still is. */
    public String tableStatus(CommitmentStatus status, boolean overdue) {
        return overdue ? messages.get("commitments.status.overdue") : statusWithSign(status);
    }

    /** One line of the status history: date · status · evidence. */
    public String historyLine(StatusChange change) {
        return change.evidence().isBlank()
                ? messages.format("commitments.history.line", date(change.date()), status(change.status()))
                : messages.format("commitments.history.lineEvidence", date(change.date()), status(change.status()),
                        change.evidence().strip());
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
