package org.casebook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs on the test thread: the stack's properties are plain JavaFX properties. */
class UndoStackTest {

    private final List<String> log = new ArrayList<>();
    private final UndoStack stack = new UndoStack(3);

    @Test
    void undoAndRedoRunTheCommandBackwardsAndForwards() {
        stack.execute(command("merge 1/a and 1/b"));
        stack.undo();
        stack.redo();

        assertThat(log).containsExactly("do merge 1/a and 1/b", "undo merge 1/a and 1/b", "do merge 1/a and 1/b");
        assertThat(stack.canUndoProperty().get()).isTrue();
        assertThat(stack.canRedoProperty().get()).isFalse();
    }

    @Test
    void describesWhatUndoAndRedoWouldDo() {
        assertThat(stack.undoDescriptionProperty().get()).isEmpty();
        stack.execute(command("relabel 3 as 4"));
        stack.execute(command("merge 1/a and 1/b"));
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("merge 1/a and 1/b");

        stack.undo();

        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("relabel 3 as 4");
        assertThat(stack.redoDescriptionProperty().get()).isEqualTo("merge 1/a and 1/b");
        assertThat(stack.canRedoProperty().get()).isTrue();
    }

    @Test
    void aNewCommandClearsWhatCouldBeRedone() {
        stack.execute(command("a"));
        stack.undo();
        stack.execute(command("b"));

        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.redoDescriptionProperty().get()).isEmpty();
        stack.redo();
        assertThat(log).containsExactly("do a", "undo a", "do b");
    }

    @Test
    void theRevisionComesBackWhenUndoReturnsToAState() {
        long start = stack.revision();
        stack.execute(command("a"));
        long afterA = stack.revision();
        stack.execute(command("b"));
        assertThat(stack.revision()).isNotIn(start, afterA);

        stack.undo();
        assertThat(stack.revision()).isEqualTo(afterA);
        stack.undo();
        assertThat(stack.revision()).isEqualTo(start);
        stack.redo();
        assertThat(stack.revision()).isEqualTo(afterA);
    }

    @Test
    void aStateReplacedByNewWorkNeverLooksUnchangedAgain() {
        stack.execute(command("a"));
        long afterA = stack.revision();
        stack.undo();
        stack.execute(command("b"));

        assertThat(stack.revision()).isNotEqualTo(afterA).isNotZero();
    }

    @Test
    void forgetsTheOldestCommandsBeyondItsLimit() {
        for (String name : List.of("a", "b", "c", "d")) {
            stack.execute(command(name));
        }
        for (int i = 0; i < 4; i++) {
            stack.undo();
        }

        assertThat(log).endsWith("undo d", "undo c", "undo b").doesNotContain("undo a");
        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.revision()).isNotZero();
    }

    @Test
    void undoWithNothingDoneChangesNothing() {
        stack.undo();
        stack.redo();

        assertThat(log).isEmpty();
        assertThat(stack.revision()).isZero();
        assertThatThrownBy(() -> new UndoStack(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommandThatFailsIsNotPutOnTheStack() {
        UndoableCommand failing = new UndoableCommand() {
            @Override
            public void execute() {
                throw new IllegalArgumentException("refused");
            }

            @Override
            public void undo() {
                log.add("undo failing");
            }

            @Override
            public String description() {
                return "failing";
            }
        };

        assertThatThrownBy(() -> stack.execute(failing)).hasMessage("refused");
        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.revision()).isZero();
    }

    private UndoableCommand command(String name) {
        return new UndoableCommand() {
            @Override
            public void execute() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public String description() {
                return name;
            }
        };
    }
}
