package org.casebook.ui.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;

/**
 * The pack's pages one under another, as wide as the preview (times the zoom). Every page gets its room at once, but
 * only the pages in sight (and one either side) are drawn, in the background; pages far out of sight let their
 * pictures go, so a 200-page pack neither freezes the screen nor fills the memory.
 */
final class PagePreview {

    /** Pages either side of those in sight that are drawn ahead, and beyond which pictures are let go. */
    private static final int AHEAD = 1;
    private static final int KEPT = 3;

    private final ScrollPane scroll;
    private final VBox column;
    private final PackViewModel viewModel;
    private final Messages messages;
    private final List<StackPane> frames = new ArrayList<>();
    /** Pages wanted now; read by the drawing thread to skip pages scrolled past. */
    private final Set<Integer> wanted = ConcurrentHashMap.newKeySet();
    /** The width each page's picture was drawn for, or asked for; 0 when it has none. */
    private double[] drawnFor = new double[0];
    private Optional<PageImages> pages = Optional.empty();
    private volatile int generation;

    PagePreview(ScrollPane scroll, VBox column, PackViewModel viewModel, Messages messages) {
        this.scroll = scroll;
        this.column = column;
        this.viewModel = viewModel;
        this.messages = messages;
        viewModel.made().addListener((obs, old, made) -> show(made.map(PackViewModel.Made::pages)));
        viewModel.zoom().addListener((obs, old, zoom) -> resize());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old.getWidth() != now.getWidth()) {
                resize();
            } else {
                refresh();
            }
        });
        scroll.vvalueProperty().addListener((obs, old, now) -> refresh());
        column.layoutBoundsProperty().addListener((obs, old, now) -> refresh());
        show(viewModel.made().get().map(PackViewModel.Made::pages));
    }

    private void show(Optional<PageImages> now) {
        generation++;
        pages = now;
        wanted.clear();
        frames.clear();
        int count = now.map(PageImages::count).orElse(0);
        drawnFor = new double[count];
        for (int i = 0; i < count; i++) {
            frames.add(frame(i));
        }
        column.getChildren().setAll(frames);
        scroll.setVvalue(0);
        scroll.setHvalue(0);
        resize();
    }

    private StackPane frame(int index) {
        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add(Styles.PACK_PAGE);
        frame.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        frame.setAccessibleText(messages.format("pack.preview.pageImage", index + 1));
        return frame;
    }

    /** Gives every page its room at the present width and zoom; pictures are drawn again at the new size. */
    private void resize() {
        double width = pageWidth();
        for (int i = 0; i < frames.size(); i++) {
            PageImages.PageSize size = pages.orElseThrow().size(i);
            double height = width * size.height() / size.width();
            StackPane frame = frames.get(i);
            frame.setMinSize(width, height);
            frame.setPrefSize(width, height);
            frame.setMaxSize(width, height);
            ((ImageView) frame.getChildren().get(0)).setFitWidth(width);
        }
        refresh();
    }

    private double pageWidth() {
        double room = scroll.getViewportBounds().getWidth() - column.getInsets().getLeft() - column.getInsets().getRight();
        return Math.max(120, room * viewModel.zoom().get());
    }

    /** Works out the pages in sight, draws those not drawn at this size and lets far ones go. */
    private void refresh() {
        if (pages.isEmpty() || frames.isEmpty()) {
            return;
        }
        Bounds viewport = scroll.getViewportBounds();
        double top = Math.max(0, column.getHeight() - viewport.getHeight()) * scroll.getVvalue();
        double bottom = top + viewport.getHeight();
        int first = -1;
        int last = -1;
        int current = -1;
        // Where each page lies follows from the sizes given to them, so this holds before the column is laid out too.
        double y = column.getInsets().getTop();
        for (int i = 0; i < frames.size(); i++) {
            double height = frames.get(i).getPrefHeight();
            if (y + height >= top && y <= bottom) {
                first = first < 0 ? i : first;
                last = i;
            }
            // The page holding the line a third of the way down the preview is the one being read.
            if (current < 0 && y + height > top + viewport.getHeight() * 0.3) {
                current = i;
            }
            y += height + column.getSpacing();
        }
        viewModel.currentPage().set(current < 0 ? frames.size() - 1 : current);
        if (first < 0) {
            return;
        }
        int from = Math.max(0, first - AHEAD);
        int to = Math.min(frames.size() - 1, last + AHEAD);
        wanted.clear();
        for (int i = from; i <= to; i++) {
            wanted.add(i);
            draw(i);
        }
        for (int i = 0; i < frames.size(); i++) {
            if (i < first - KEPT || i > last + KEPT) {
                ((ImageView) frames.get(i).getChildren().get(0)).setImage(null);
                drawnFor[i] = 0;
            }
        }
    }

    private void draw(int index) {
        double scale = Optional.ofNullable(scroll.getScene()).map(s -> s.getWindow()).map(w -> w.getOutputScaleX()).orElse(1.0);
        double pixels = Math.round(frames.get(index).getPrefWidth() * scale);
        if (drawnFor[index] == pixels) {
            return;
        }
        drawnFor[index] = pixels;
        int asked = generation;
        pages.orElseThrow().draw(index, pixels, () -> asked == generation && wanted.contains(index))
                .thenAccept(image -> image.ifPresentOrElse(i -> Platform.runLater(() -> {
                    if (asked == generation) {
                        ((ImageView) frames.get(index).getChildren().get(0)).setImage(i);
                    }
                }), () -> Platform.runLater(() -> forget(asked, index, pixels))));
    }

    /** A page skipped or not drawn may be asked for again. */
    private void forget(int asked, int index, double pixels) {
        if (asked == generation && drawnFor[index] == pixels) {
            drawnFor[index] = 0;
        }
    }
}
