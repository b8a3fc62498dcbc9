package org.casebook.report;

import java.util.function.UnaryOperator;

/**
 * Text for the pack's XHTML, escaped and redacted in one place: every string from the case that reaches the page,
 * an attribute, a bookmark or the metadata goes through {@link #text} or {@link #attr}, so a redacted pack cannot
 * leak a name through a path the writer forgot.
 */
final class Xhtml {

    private final UnaryOperator<String> redact;
    private final StringBuilder out = new StringBuilder(1 << 16);

    Xhtml(UnaryOperator<String> redact) {
        this.redact = redact;
    }

    /** Writes markup the writer made itself: tags and fixed attributes, never case text. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Writes case or pack text as element content. */
    Xhtml text(String text) {
        escape(redact.apply(text), false);
        return this;
    }

    /** Writes case or pack text as an attribute value, without its quotes. */
    Xhtml attr(String text) {
        escape(redact.apply(text), true);
        return this;
    }

    /** {@code <tag class="..">text</tag>} with the class left out when empty. */
    Xhtml element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    String redacted(String text) {
        return redact.apply(text);
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? ' ' : c);
                default -> {
                    // Letters read from PDFs can hold form feeds and other controls that XML forbids.
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    } else {
                        out.append(' ');
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
