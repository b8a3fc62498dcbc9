package org.casebook.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the salutation, signature, dates and named meetings in a letter's text. Pure; no I/O. */
public final class MetadataFinder {

    private static final String MONTHS = Stream.of(Month.values())
            .flatMap(m -> Stream.of(m.getDisplayName(TextStyle.FULL, Locale.UK), m.getDisplayName(TextStyle.SHORT, Locale.UK)))
            .distinct()
            .collect(Collectors.joining("|"));
    /** "26 May 2021", "26th May 2021", "1 Sept 2021". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + "|Sept)\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** "May 26, 2021". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTHS + "|Sept)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** "26/05/2021" (British order). */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    /** A capitalised meeting name ending in a meeting word, followed by "on" or "of" and a date. */
    private static final Pattern MEETING = Pattern.compile(
            "((?:[A-Z][\\w&'-]*\\s+){0,4}(?:Board|Committee|Council|Meeting|Forum|Assembly|Panel|Group))"
                    + "(?:\\s+meeting)?\\s+(?:on|of|held on)\\s+(?:the\\s+)?");
    private static final Pattern SALUTATION = Pattern.compile("^\\s*Dear\\s+([^,\\n]+?)\\s*,?\\s*$", Pattern.MULTILINE);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?im)^\\s*(?:Yours\\s+(?:sincerely|faithfully|truly)|(?:With\\s+)?(?:kind|best|warm|warmest)\\s+(?:regards|wishes)"
                    + "|Regards|All the best|(?:Many|With)\\s+thanks)\\s*[,.!]?\\s*$");
    private static final Set<String> LEADING_WORDS_TO_DROP = Set.of("The", "A", "An", "At", "On", "In", "Of");

    public LetterMetadata find(String text) {
        Optional<String> salutation = firstMatch(SALUTATION, text).map(m -> m.group().strip());
        Optional<String> addressee = firstMatch(SALUTATION, text).map(m -> m.group(1).strip());
        return new LetterMetadata(salutation, addressee, signedBy(text), dates(text), meetings(text));
    }

    List<LocalDate> dates(String text) {
        Set<LocalDate> found = new LinkedHashSet<>();
        List<int[]> positions = new ArrayList<>();
        collect(DAY_MONTH_YEAR.matcher(text), 1, 2, 3, found, positions);
        collect(MONTH_DAY_YEAR.matcher(text), 2, 1, 3, found, positions);
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            date(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)))
                    .ifPresent(d -> {
                        found.add(d);
                        positions.add(new int[] {numeric.start(), d.getYear(), d.getMonthValue(), d.getDayOfMonth()});
                    });
        }
        positions.sort((a, b) -> Integer.compare(a[0], b[0]));
        return positions.stream().map(p -> LocalDate.of(p[1], p[2], p[3])).distinct().toList();
    }

    List<LetterMetadata.MeetingMention> meetings(String text) {
        List<LetterMetadata.MeetingMention> mentions = new ArrayList<>();
        Matcher meeting = MEETING.matcher(text);
        while (meeting.find()) {
            Matcher date = DAY_MONTH_YEAR.matcher(text).region(meeting.end(), Math.min(text.length(), meeting.end() + 30));
            if (date.lookingAt()) {
                Optional<LocalDate> when = date(Integer.parseInt(date.group(3)), month(date.group(2)), Integer.parseInt(date.group(1)));
                String name = tidyName(meeting.group(1));
                when.map(d -> new LetterMetadata.MeetingMention(name, d))
                        .filter(m -> !mentions.contains(m))
                        .ifPresent(mentions::add);
            }
        }
        return mentions;
    }

    private static Optional<String> signedBy(String text) {
        Matcher signOff = SIGN_OFF.matcher(text);
        int end = -1;
        while (signOff.find()) {
            end = signOff.end();
        }
        if (end < 0) {
            return Optional.empty();
        }
        return text.substring(end).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
    }

    private static void collect(Matcher matcher, int dayGroup, int monthGroup, int yearGroup, Set<LocalDate> found,
                                List<int[]> positions) {
        while (matcher.find()) {
            int start = matcher.start();
            date(Integer.parseInt(matcher.group(yearGroup)), month(matcher.group(monthGroup)),
                    Integer.parseInt(matcher.group(dayGroup))).ifPresent(d -> {
                        found.add(d);
                        positions.add(new int[] {start, d.getYear(), d.getMonthValue(), d.getDayOfMonth()});
                    });
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String tidyName(String raw) {
        List<String> words = new ArrayList<>(List.of(raw.strip().split("\\s+")));
        while (words.size() > 1 && LEADING_WORDS_TO_DROP.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    private static Optional<Matcher> firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }
}
