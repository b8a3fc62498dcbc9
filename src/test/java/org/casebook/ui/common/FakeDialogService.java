package org.casebook.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Dialogs answered from queues the test fills in advance; everything shown is recorded. An empty queue answers
 * "cancel", which is what a member closing the dialog would do. Thread-safe because GUI tests call it on the FX thread.
 */
public final class FakeDialogService implements DialogService {

    /** A message the app showed. */
    public record Shown(String title, String message, Optional<Throwable> details) {
    }

    private final Queue<Path> saveAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<Path> folderAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> listAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<Boolean> confirmAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<Path> openAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<String> textAnswers = new ConcurrentLinkedQueue<>();
    private final List<String> progressShown = new CopyOnWriteArrayList<>();
    private final List<Shown> errors = new CopyOnWriteArrayList<>();
    private final List<Shown> infos = new CopyOnWriteArrayList<>();
    private final List<String> confirmations = new CopyOnWriteArrayList<>();
    private final List<List<String>> listsOffered = new CopyOnWriteArrayList<>();

    public FakeDialogService answerSave(Path path) {
        saveAnswers.add(path);
        return this;
    }

    public FakeDialogService answerOpen(Path path) {
        openAnswers.add(path);
        return this;
    }

    /** The next text asked for, short or long. */
    public FakeDialogService answerText(String text) {
        textAnswers.add(text);
        return this;
    }

    /** The titles of progress dialogs shown, in order. */
    public List<String> progressShown() {
        return Collections.unmodifiableList(progressShown);
    }

    public FakeDialogService answerFolder(Path path) {
        folderAnswers.add(path);
        return this;
    }

    /** Picks the {@code index}-th choice the next time a list is offered. */
    public FakeDialogService answerListChoice(int index) {
        listAnswers.add(index);
        return this;
    }

    public FakeDialogService answerConfirm(boolean yes) {
        confirmAnswers.add(yes);
        return this;
    }

    public List<Shown> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Shown> infos() {
        return Collections.unmodifiableList(infos);
    }

    public List<String> confirmations() {
        return Collections.unmodifiableList(confirmations);
    }

    /** The labels of every list offered, in order. */
    public List<List<String>> listsOffered() {
        return Collections.unmodifiableList(listsOffered);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public Optional<String> askLongText(String title, String message) {
        return Optional.ofNullable(textAnswers.poll()).filter(text -> !text.isBlank());
    }

    @Override
    public Optional<String> editLongText(String title, String message, String initial) {
        return askLongText(title, message);
    }

    @Override
    public void showProgress(String title, javafx.concurrent.Worker<?> work) {
        progressShown.add(title);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return Optional.ofNullable(confirmAnswers.poll()).orElse(false);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(new Shown(title, message, Optional.empty()));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message, Optional.empty()));
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(new Shown(title, message, Optional.of(details)));
    }

    @Override
    public <T> Optional<T> chooseFromList(String title, String message, List<T> choices, Function<T, String> describe) {
        List<String> labels = new ArrayList<>();
        choices.forEach(choice -> labels.add(describe.apply(choice)));
        listsOffered.add(List.copyOf(labels));
        return Optional.ofNullable(listAnswers.poll()).filter(i -> i < choices.size()).map(choices::get);
    }
}
