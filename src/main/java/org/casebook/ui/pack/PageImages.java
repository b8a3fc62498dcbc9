package org.casebook.ui.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.casebook.report.model.PackPreview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of a made pack as pictures for the preview, drawn one at a time on a thread of their own: a PDF document
 * may not be shared between threads, and drawing must never hold up the screen or the case's own work.
 */
public final class PageImages implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);
    private static final double POINTS_PER_INCH = 72;

    /** Width and height of a page in points. */
    public record PageSize(double width, double height) {
    }

    private final PackPreview pages;
    private final List<PageSize> sizes;
    private final ExecutorService drawing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "casebook-pack-preview");
        thread.setDaemon(true);
        return thread;
    });

    private PageImages(PackPreview pages, List<PageSize> sizes) {
        this.pages = pages;
        this.sizes = List.copyOf(sizes);
    }

    /** Reads every page's size of an opened pack, so the preview can make room before anything is drawn. */
    static PageImages open(PackPreview pages) throws IOException {
        List<PageSize> sizes = new ArrayList<>();
        for (int i = 0; i < pages.pageCount(); i++) {
            double width = pages.pageWidth(i);
            sizes.add(new PageSize(width, width / pages.aspectRatio(i)));
        }
        return new PageImages(pages, sizes);
    }

    public int count() {
        return sizes.size();
    }

    public PageSize size(int index) {
        return sizes.get(index);
    }

    /**
     * Draws a page {@code pixelWidth} pixels wide. Requests wait their turn; one no longer wanted by the time its turn
     * comes (scrolled past) is skipped and completes empty.
     */
    public CompletableFuture<Optional<Image>> draw(int index, double pixelWidth, BooleanSupplier stillWanted) {
        if (drawing.isShutdown()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> {
            if (!stillWanted.getAsBoolean()) {
                return Optional.empty();
            }
            try {
                float dpi = (float) (pixelWidth / (sizes.get(index).width() / POINTS_PER_INCH));
                return Optional.of(SwingFXUtils.toFXImage(pages.render(index, dpi), null));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not draw page {} of the pack", index + 1, e);
                return Optional.empty();
            }
        }, drawing);
    }

    /** Closes the document once the drawing already asked for is done. */
    @Override
    public void close() {
        drawing.execute(() -> {
            try {
                pages.close();
            } catch (IOException e) {
                LOG.debug("Closing the preview's document", e);
            }
        });
        drawing.shutdown();
    }
}
