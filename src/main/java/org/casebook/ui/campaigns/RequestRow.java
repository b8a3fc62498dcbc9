package org.casebook.ui.campaigns;

import java.util.Objects;
import org.casebook.service.FoiService.RequestView;

/** One request of the chosen campaign, in words: to whom, when sent and due, its state, how late, review due. */
public record RequestRow(RequestView view, String body, String sent, String due, String state, String late,
                         String reviewDue) {
    public RequestRow {
        Objects.requireNonNull(view, "view");
    }

    public long id() {
        return view.request().id();
    }

    /** Late rows stand out, by a style and by the words "n working days late". */
    public boolean overdue() {
        return view.clock().overdue();
    }

    public int workingDaysLate() {
        return view.clock().workingDaysLate();
    }
}
