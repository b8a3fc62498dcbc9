package org.casebook.ui.common;

import javafx.scene.input.DataFormat;

/** What Casebook puts on the dragboard when an item is dragged from one view onto another. */
public final class DragFormats {

    /** An item's id, as text. */
    public static final DataFormat ITEM = DataFormat.lookupMimeType("application/x-casebook-item") != null
            ? DataFormat.lookupMimeType("application/x-casebook-item")
            : new DataFormat("application/x-casebook-item");

    private DragFormats() {
    }
}
