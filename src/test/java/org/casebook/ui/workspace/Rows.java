package org.casebook.ui.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;

/** Letters, items and rows made by hand, for tests that need no database. */
final class Rows {

    static final Theme PAY = new Theme("pay", "Pay disparity", "", "#000000", Optional.empty());
    static final Theme PEER = new Theme("peer-roles", "Peer roles", "", "#000000", Optional.empty());
    static final ResponseType DEFLECTION = new ResponseType("deflection", "Deflection", "");

    /** Labels as the view model words them, simplified. */
    static final WorkspaceData.Labels LABELS = new WorkspaceData.Labels() {
        @Override
        public String allLetters() {
            return "All letters";
        }

        @Override
        public String noBody() {
            return "No body given";
        }

        @Override
        public String meeting(Meeting meeting) {
            return meeting.name() + meeting.date().map(d -> " " + d).orElse("");
        }
    };

    private Rows() {
    }

    static Letter letter(long id, String title, Optional<LocalDate> date, Optional<Long> bodyId,
                         Optional<Long> meetingId) {
        return new Letter(id, title, date, "The Trust", "The Forum", bodyId, meetingId, Optional.empty(), "", "", "", Optional.empty());
    }

    static Item item(long id, long letterId, String path, int order, String concern, Optional<String> response,
                     Stance stance, String rationale) {
        return new Item(id, letterId, Optional.empty(), path, path, order, concern, response, Optional.empty(),
                Optional.empty(), stance, rationale);
    }

    static ItemRow row(Item item, Letter letter, List<Theme> themes, List<ResponseType> types, int commitments) {
        return new ItemRow(item, letter, themes, types, commitments, 0);
    }
}
