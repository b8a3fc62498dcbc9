package org.casebook.ui.campaigns;

import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard, and links opened by the app's host (the browser, the mail program). */
public final class FxOutside implements Outside {

    private final Consumer<String> browser;

    /** {@code browser} opens a link, as {@code HostServices.showDocument} does. */
    public FxOutside(Consumer<String> browser) {
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void open(URI link) {
        browser.accept(link.toString());
    }
}
