package org.casebook.importing.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Removes what a printed letter repeats on its pages rather than says: page numbers ("2", "Page 2 of 3", "- 2 -")
 * and running headers and footers (the same line, numbers aside, at the top or bottom of most pages).
 * Only the first and last few lines of each page are candidates, so a sentence that happens to repeat in the body
 * is kept.
 */
final class RunningHeaderFilter {

    /** How many lines at the top and at the bottom of a page may belong to a header or footer. */
    static final int MARGIN_LINES = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|seite)?\\s*\\d{1,4}(\\s*(of|/|von)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RunningHeaderFilter() {
    }

    static List<PdfLine> filter(List<PdfLine> lines) {
        Map<Integer, List<PdfLine>> byPage = new TreeMap<>();
        for (PdfLine line : lines) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        Set<String> repeated = repeatedMarginLines(byPage);
        List<PdfLine> kept = new ArrayList<>(lines.size());
        for (List<PdfLine> page : byPage.values()) {
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean inMargin = i < MARGIN_LINES || i >= page.size() - MARGIN_LINES;
                boolean atEdge = i < 2 || i >= page.size() - 2;
                String text = line.text().strip();
                if (atEdge && PAGE_NUMBER.matcher(text).matches()
                        || inMargin && repeated.contains(key(text))) {
                    continue;
                }
                kept.add(line);
            }
        }
        return kept;
    }

    /** Keys of margin lines found on at least half the pages (and on two pages at least). */
    private static Set<String> repeatedMarginLines(Map<Integer, List<PdfLine>> byPage) {
        int pages = byPage.size();
        if (pages < 2) {
            return Set.of();
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : byPage.values()) {
            Set<String> seenOnPage = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < MARGIN_LINES || i >= page.size() - MARGIN_LINES) {
                    seenOnPage.add(key(page.get(i).text()));
                }
            }
            seenOnPage.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        Set<String> repeated = new HashSet<>();
        pagesWith.forEach((k, count) -> {
            if (!k.isEmpty() && count >= 2 && count * 2 >= pages) {
                repeated.add(k);
            }
        });
        return repeated;
    }

    /** Numbers and spacing aside, so "Page 2" and "Page 3", or a dated header, count as the same line. */
    static String key(String text) {
        String noDigits = DIGITS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
        return SPACES.matcher(noDigits).replaceAll(" ");
    }
}
