package org.casebook.importing.reading;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListLevelStyleBulletElement;
import org.odftoolkit.odfdom.dom.element.text.TextListLevelStyleElementBase;
import org.odftoolkit.odfdom.dom.element.text.TextListLevelStyleNumberElement;
import org.odftoolkit.odfdom.incubator.doc.office.OdfStylesBase;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextListStyle;

/**
 * Renders the labels LibreOffice draws for list items ("1.", "a)", "•"), which are not in the text. A list's style
 * comes from the nearest enclosing {@code text:list} that names one; counting restarts with every top-level list
 * unless it continues an earlier one ({@code text:continue-numbering} or {@code text:continue-list}).
 */
final class OdtListLabels {

    private static final int LEVELS = 10;

    private record OpenList(Optional<String> styleName, int[] counters) {
    }

    private final OdfStylesBase[] styleSources;
    private final Deque<OpenList> open = new ArrayDeque<>();
    private final Map<String, int[]> lastCountersByStyle = new HashMap<>();

    OdtListLabels(OdfStylesBase... styleSources) {
        this.styleSources = styleSources.clone();
    }

    void enter(TextListElement list) {
        Optional<String> own = Optional.ofNullable(list.getTextStyleNameAttribute()).filter(s -> !s.isEmpty());
        Optional<String> style = own.or(() -> open.isEmpty() ? Optional.empty() : open.peek().styleName());
        int[] counters;
        if (!open.isEmpty()) {
            counters = open.peek().counters();
        } else if (continues(list) && style.isPresent() && lastCountersByStyle.containsKey(style.get())) {
            counters = lastCountersByStyle.get(style.get());
        } else {
            counters = new int[LEVELS];
            Arrays.fill(counters, Integer.MIN_VALUE);
        }
        open.push(new OpenList(style, counters));
    }

    void exit() {
        OpenList list = open.pop();
        if (open.isEmpty()) {
            list.styleName().ifPresent(s -> lastCountersByStyle.put(s, list.counters()));
        }
    }

    /** Counts a list item's first paragraph and returns its label; empty outside lists or for unnumbered levels. */
    Optional<String> next(Optional<Integer> startValue) {
        if (open.isEmpty() || open.peek().styleName().isEmpty()) {
            return Optional.empty();
        }
        int level = Math.min(open.size(), LEVELS) - 1;
        Optional<OdfTextListStyle> style = listStyle(open.peek().styleName().get());
        if (style.isEmpty()) {
            return Optional.empty();
        }
        TextListLevelStyleElementBase levelStyle = style.get().getLevel(level + 1);
        int[] counters = open.peek().counters();
        if (levelStyle instanceof TextListLevelStyleBulletElement) {
            return Optional.of("•");
        }
        if (!(levelStyle instanceof TextListLevelStyleNumberElement number)) {
            return Optional.empty();
        }
        int start = number.getTextStartValueAttribute() == null ? 1 : number.getTextStartValueAttribute();
        counters[level] = startValue.orElse(counters[level] == Integer.MIN_VALUE ? start : counters[level] + 1);
        Arrays.fill(counters, level + 1, LEVELS, Integer.MIN_VALUE);
        String format = number.getStyleNumFormatAttribute() == null ? "" : number.getStyleNumFormatAttribute();
        String label = NumberFormats.format(counters[level], format);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        String prefix = number.getStyleNumPrefixAttribute() == null ? "" : number.getStyleNumPrefixAttribute();
        String suffix = number.getStyleNumSuffixAttribute() == null ? "" : number.getStyleNumSuffixAttribute();
        return Optional.of(prefix + label + suffix);
    }

    private static boolean continues(TextListElement list) {
        return Boolean.TRUE.equals(list.getTextContinueNumberingAttribute())
                || list.getTextContinueListAttribute() != null && !list.getTextContinueListAttribute().isEmpty();
    }

    private Optional<OdfTextListStyle> listStyle(String name) {
        for (OdfStylesBase source : styleSources) {
            if (source != null && source.getListStyle(name) != null) {
                return Optional.of(source.getListStyle(name));
            }
        }
        return Optional.empty();
    }
}
