package org.casebook.importing.reading;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Counts the items of one HTML list and gives each the label a browser draws before it: "1.", "b.", "iv." for an
 * ordered list (honouring {@code start}, {@code type} and an item's {@code value}), "•" for an unordered one.
 */
final class HtmlListCounter {

    private static final String BULLET = "•";

    private final boolean ordered;
    private final String format;
    private int next;

    private HtmlListCounter(boolean ordered, String format, int start) {
        this.ordered = ordered;
        this.format = format;
        this.next = start;
    }

    static HtmlListCounter of(Element list) {
        if (!list.nameIs("ol")) {
            return bullets();
        }
        String type = list.attr("type").strip();
        return new HtmlListCounter(true, type.isEmpty() ? "1" : type, number(list.attr("start")).orElse(1));
    }

    static HtmlListCounter bullets() {
        return new HtmlListCounter(false, "", 1);
    }

    /** Counts this item and returns its label, e.g. "3." or "•". */
    String next(Element item) {
        if (!ordered) {
            return BULLET;
        }
        int value = number(item.attr("value")).orElse(next);
        next = value + 1;
        String type = item.attr("type").strip();
        String rendered = NumberFormats.format(value, type.isEmpty() ? format : type);
        return rendered.isEmpty() ? "" : rendered + ".";
    }

    private static Optional<Integer> number(String attribute) {
        try {
            return attribute.isBlank() ? Optional.empty()
                    : Optional.of(Integer.parseInt(attribute.strip().toLowerCase(Locale.ROOT)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
