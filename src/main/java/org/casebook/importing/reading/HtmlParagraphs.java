package org.casebook.importing.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.importing.model.SourceLine;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the content of a web page into lines as the other readers give them: each block (paragraph, heading, list
 * item, quotation, a div's own text) a paragraph, {@code <br>} the end of a line, a table row one paragraph with its
 * cells apart by a tab (as a table pasted from a browser is), list items with the number or bullet the browser
 * draws, and italic and bold kept as style runs.
 */
final class HtmlParagraphs {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "ul",
            "caption", "tbody", "thead", "tfoot", "tr", "td", "th");
    private static final Set<String> ITALIC = Set.of("em", "i", "cite", "dfn", "var");
    private static final Set<String> BOLD = Set.of("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th");
    private static final Pattern ITALIC_STYLE = Pattern.compile("(?i)font-style\\s*:\\s*(italic|oblique)");
    private static final Pattern BOLD_STYLE = Pattern.compile("(?i)font-weight\\s*:\\s*(bold|[6-9]00)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final List<SourceLine> lines = new ArrayList<>();
    private final StyledText.Builder line = new StyledText.Builder();
    /** One counter per open list, innermost last. */
    private final Deque<HtmlListCounter> lists = new ArrayDeque<>();
    private Optional<String> pendingLabel = Optional.empty();
    private boolean lastBreakWasEmpty;

    private HtmlParagraphs() {
    }

    static List<SourceLine> lines(Element content) {
        HtmlParagraphs walk = new HtmlParagraphs();
        walk.children(content, false, false, false);
        walk.endParagraph();
        return walk.lines;
    }

    private void children(Node parent, boolean italic, boolean bold, boolean pre) {
        for (Node child : parent.childNodes()) {
            node(child, italic, bold, pre);
        }
    }

    private void node(Node node, boolean italic, boolean bold, boolean pre) {
        if (node instanceof TextNode text) {
            text(pre ? text.getWholeText() : SPACES.matcher(text.getWholeText()).replaceAll(" "), italic, bold, pre);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        boolean i = italic(element, italic);
        boolean b = bold(element, bold);
        switch (tag) {
            case "br" -> lineBreak();
            case "tr" -> row(element);
            case "table" -> table(element, i, b, pre);
            case "ol", "ul" -> list(element, i, b, pre);
            case "li" -> listItem(element, i, b, pre);
            default -> {
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    endParagraph();
                }
                children(element, i, b, pre || tag.equals("pre"));
                if (block) {
                    endParagraph();
                }
            }
        }
    }

    private void text(String chars, boolean italic, boolean bold, boolean pre) {
        if (!pre) {
            line.append(chars.replace('\u00A0', ' '), italic, bold);
            return;
        }
        String[] parts = chars.split("\r?\n", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                lineBreak();
            }
            line.append(parts[k].replace('\t', ' '), italic, bold);
        }
    }

    private void list(Element list, boolean italic, boolean bold, boolean pre) {
        endParagraph();
        lists.addLast(HtmlListCounter.of(list));
        children(list, italic, bold, pre);
        lists.removeLast();
        endParagraph();
    }

    private void listItem(Element item, boolean italic, boolean bold, boolean pre) {
        endParagraph();
        HtmlListCounter counter = lists.isEmpty() ? HtmlListCounter.bullets() : lists.getLast();
        pendingLabel = Optional.of(counter.next(item)).filter(l -> !l.isEmpty());
        children(item, italic, bold, pre);
        endParagraph();
        pendingLabel = Optional.empty();
    }

    /** A table of data: a paragraph per row, cells apart by a tab. A table used for layout is read as blocks. */
    private void table(Element table, boolean italic, boolean bold, boolean pre) {
        endParagraph();
        if (isLayout(table)) {
            for (Element cell : table.select("td, th")) {
                if (cell.closest("table") == table) {
                    node(cell, italic, bold, pre);
                }
            }
        } else {
            children(table, italic, bold, pre);
        }
        endParagraph();
    }

    private static boolean isLayout(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation") || !table.select("td table, th table").isEmpty()) {
            return true;
        }
        return table.select("tr").stream()
                .allMatch(row -> row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).count() <= 1);
    }

    private void row(Element row) {
        endParagraph();
        boolean first = true;
        for (Element cell : row.children()) {
            if (!cell.nameIs("td") && !cell.nameIs("th")) {
                continue;
            }
            if (!first) {
                line.append("\t", false, false);
            }
            first = false;
            StyledText.Builder text = new StyledText.Builder();
            for (Node child : cell.childNodes()) {
                cellText(child, cell.nameIs("th"), text, false);
            }
            line.append(text.build().strip());
        }
        endParagraph();
    }

    /** A cell's characters on one line: breaks and blocks inside it become spaces, styles are kept. */
    private static void cellText(Node node, boolean bold, StyledText.Builder text, boolean italic) {
        if (node instanceof TextNode t) {
            text.append(SPACES.matcher(t.getWholeText()).replaceAll(" "), italic, bold);
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            boolean i = italic(element, italic);
            boolean b = bold(element, bold);
            if (tag.equals("br") || BLOCKS.contains(tag)) {
                text.append(" ", i, b);
            }
            for (Node child : element.childNodes()) {
                cellText(child, b, text, i);
            }
        }
    }

    private static boolean italic(Element element, boolean inherited) {
        return inherited || ITALIC.contains(element.normalName()) || ITALIC_STYLE.matcher(element.attr("style")).find();
    }

    private static boolean bold(Element element, boolean inherited) {
        return inherited || BOLD.contains(element.normalName()) || BOLD_STYLE.matcher(element.attr("style")).find();
    }

    /** {@code <br>}: the line ends; a second one straight after ends the paragraph too, as it looks on screen. */
    private void lineBreak() {
        StyledText content = line.build().strip();
        line.clear();
        if (content.text().isEmpty()) {
            if (!lastBreakWasEmpty && !lines.isEmpty()) {
                SourceLine last = lines.remove(lines.size() - 1);
                lines.add(new SourceLine(last.text(), last.runs(), 0f, 0f, 1, true));
            }
            lastBreakWasEmpty = true;
            return;
        }
        emit(content, false);
    }

    private void endParagraph() {
        StyledText content = line.build().strip();
        line.clear();
        if (!content.text().isEmpty()) {
            emit(content, true);
        } else if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsParagraph()) {
            SourceLine last = lines.remove(lines.size() - 1);
            lines.add(new SourceLine(last.text(), last.runs(), 0f, 0f, 1, true));
        }
    }

    private void emit(StyledText content, boolean endsParagraph) {
        lastBreakWasEmpty = false;
        if (pendingLabel.isPresent()) {
            String label = pendingLabel.get();
            pendingLabel = Optional.empty();
            if (!content.text().toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))) {
                boolean italic = !content.runs().isEmpty() && content.runs().get(0).italic();
                boolean bold = !content.runs().isEmpty() && content.runs().get(0).bold();
                content = new StyledText.Builder().append(label + " ", italic, bold).append(content).build();
            }
        }
        lines.add(new SourceLine(content.text(), content.runs(), 0f, 0f, 1, endsParagraph));
    }
}
