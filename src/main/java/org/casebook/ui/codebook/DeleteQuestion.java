package org.casebook.ui.codebook;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/**
 * Asks before a theme or response type is deleted. When items are tagged with it, the member chooses between taking
 * the tag off those items and moving the tags to another code, so nobody loses a week's tagging by one click.
 */
final class DeleteQuestion {

    /** The member's answer: go ahead, dropping the tags, or moving them to {@code moveTo}. */
    record Answer<T>(Optional<T> moveTo) {
    }

    /** What the question says, already in the member's words: the kind of code decides the wording. */
    record Wording(String name, String moveLabel, String moveMessage, String consequence) {
    }

    private enum Fate { REMOVE, MOVE }

    private final DialogService dialogs;
    private final Messages messages;

    DeleteQuestion(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Empty when the member cancelled. */
    <T> Optional<Answer<T>> ask(Wording wording, long tagged, List<T> others, Function<T, String> describe) {
        String title = messages.format("codebook.delete.title", wording.name());
        if (tagged == 0) {
            String message = messages.format("codebook.delete.unused", wording.name()) + wording.consequence();
            return dialogs.confirm(title, message, messages.get("codebook.delete.confirm"))
                    ? Optional.of(new Answer<>(Optional.empty())) : Optional.empty();
        }
        List<Fate> fates = others.isEmpty() ? List.of(Fate.REMOVE) : List.of(Fate.REMOVE, Fate.MOVE);
        Optional<Fate> fate = dialogs.chooseFromList(title,
                messages.format("codebook.delete.tagged", wording.name(), tagged) + wording.consequence(), fates,
                f -> f == Fate.REMOVE ? messages.format("codebook.delete.remove", tagged) : wording.moveLabel());
        if (fate.isEmpty()) {
            return Optional.empty();
        }
        if (fate.get() == Fate.REMOVE) {
            return Optional.of(new Answer<>(Optional.empty()));
        }
        return dialogs.chooseFromList(title, wording.moveMessage(), others, describe)
                .map(target -> new Answer<>(Optional.of(target)));
    }
}
