package org.casebook.ui.common;

/** One change the member made, small enough to take back and do again. */
public interface UndoableCommand {

    void execute();

    void undo();

    /** What it does, in words that follow "Undo: " and "Redo: ", e.g. "merge 1/a and 1/b". */
    String description();
}
