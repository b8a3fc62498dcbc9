package org.casebook.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.concurrent.Worker;

/**
 * Every dialog the app shows, behind one interface so view models can be tested with a fake. Texts arrive already
 * translated; an empty {@link Optional} always means the member cancelled.
 */
public interface DialogService {

    /** A kind of file offered in a chooser, e.g. {@code new FileType("PDF letters", List.of("*.pdf"))}. */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }
    }

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    /** A save dialog: the member picks a folder and types a name, {@code suggestedName} to start with. */
    Optional<Path> chooseFileToSave(String title, String suggestedName);

    Optional<Path> chooseFolder(String title);

    /** Asks before something that cannot be taken back lightly; {@code confirmLabel} names the action ("Restore"). */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * {@link #confirm(String, String, String)} with the other button named too ("Keep as it is"), where "Cancel" would
     * not say what happens.
     */
    default boolean confirm(String title, String message, String confirmLabel, String declineLabel) {
        return confirm(title, message, confirmLabel);
    }

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** An error whose technical details are available but kept folded away unless the member asks for them. */
    void showError(String title, String message, Throwable details);

    /** Lets the member pick one of {@code choices}, each shown as {@code describe} says. */
    <T> Optional<T> chooseFromList(String title, String message, List<T> choices, Function<T, String> describe);

    /** Asks for one line of text, starting with {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /** Asks for a longer text, such as a letter pasted from an email; empty when cancelled or left blank. */
    Optional<String> askLongText(String title, String message);

    /** A longer text to change, such as a note, starting with {@code initial}; empty when cancelled or left blank. */
    Optional<String> editLongText(String title, String message, String initial);

    /**
     * Shows the progress of background work with a Cancel button, without waiting: it closes by itself when the work
     * ends, however it ends. Cancel asks the work to stop.
     */
    void showProgress(String title, Worker<?> work);
}
