package org.casebook.ui.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.app.Services;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.Item;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseHandle;
import org.casebook.testsupport.FakeCommitmentDialogs;
import org.casebook.testsupport.TestServices;
import org.casebook.ui.common.TestCases;

/**
 * The workspace over a fresh copy of the sample case, opened in a test session. The sample takes seconds to make, so
 * a test class makes it once ({@link #makeSample}) and each test opens its own copy.
 */
final class SampleWorkspace implements AutoCloseable {

    final TestCases app;
    final FakeCommitmentDialogs forms = new FakeCommitmentDialogs();
    final WorkspaceViewModel viewModel;

    SampleWorkspace(Path sample, Path temp) {
        Path copy = temp.resolve("Sample copy.casebook");
        copyTree(sample, copy);
        app = new TestCases(temp.resolve("home"));
        app.session.open(copy);
        if (app.edits.handle().isEmpty()) {
            throw new IllegalStateException("The sample copy did not open: " + app.dialogs.errors());
        }
        viewModel = new WorkspaceViewModel(app.edits, app.services.annotationService(), app.services.codebookService(),
                app.services.suggestionWorkflow(), app.navigation, forms, app.dialogs, app.messages);
    }

    /** Makes the sample case in {@code folder}, closed, and returns its root. */
    static Path makeSample(Path folder) {
        Services services = TestServices.in(folder.resolve("home"));
        CaseHandle database = org.casebook.testsupport.TestServices.firstLetterSample(services).create(folder.resolve("Sample"));
        Path root = database.root();
        database.close();
        return root;
    }

    ItemDetailViewModel detail() {
        return viewModel.detail();
    }

    CaseHandle database() {
        return app.edits.handle().orElseThrow();
    }

    /** What is stored now. */
    CaseSnapshot stored() {
        return app.services.annotationService().snapshot(database());
    }

    Item item(String path) {
        return stored().items().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    }

    long id(String path) {
        return item(path).id();
    }

    List<String> themeIds(String path) {
        CaseSnapshot now = stored();
        return now.tagIds(now.itemThemes(), id(path), TagState.CONFIRMED);
    }

    List<String> responseTypeIds(String path) {
        CaseSnapshot now = stored();
        return now.tagIds(now.itemResponseTypes(), id(path), TagState.CONFIRMED);
    }

    List<Note> notes(String path) {
        long itemId = id(path);
        return stored().notes().stream().filter(n -> n.itemId() == itemId).toList();
    }

    List<Commitment> commitments(String path) {
        Optional<Long> itemId = Optional.of(id(path));
        return stored().commitments().stream().filter(c -> c.itemId().equals(itemId)).toList();
    }

    Theme theme(String id) {
        return viewModel.themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    ResponseType type(String id) {
        return viewModel.responseTypes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    void select(String path) {
        viewModel.select(Optional.of(id(path)));
    }

    List<String> shownPaths() {
        return viewModel.shownRows().stream().map(ItemRow::path).toList();
    }

    Optional<String> selectedPath() {
        return viewModel.selected().get().flatMap(id -> stored().items().stream().filter(i -> i.id() == id)
                .map(Item::path).findFirst());
    }

    String undoDescription() {
        return app.edits.stack().undoDescriptionProperty().get();
    }

    @Override
    public void close() {
        app.session.shutdown();
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
