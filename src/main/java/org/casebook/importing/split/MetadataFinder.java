package org.casebook.importing.split;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.importing.model.LetterMetadata;

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
        List<DateAt> found = new ArrayList<>();
        collect(DAY_MONTH_YEAR.matcher(text), MetadataFinder::dayMonthYear, found);
        collect(MONTH_DAY_YEAR.matcher(text), m -> date(number(m, 3), month(m.group(1)), number(m, 2)), found);
        collect(NUMERIC.matcher(text), m -> date(number(m, 3), number(m, 2), number(m, 1)), found);
        return found.stream().sorted(Comparator.comparingInt(DateAt::start)).map(DateAt::date).distinct().toList();
    }

    List<LetterMetadata.MeetingMention> meetings(String text) {
        List<LetterMetadata.MeetingMention> mentions = new ArrayList<>();
        Matcher meeting = MEETING.matcher(text);
        while (meeting.find()) {
            Matcher date = DAY_MONTH_YEAR.matcher(text).region(meeting.end(), Math.min(text.length(), meeting.end() + 30));
            if (date.lookingAt()) {
                Optional<LocalDate> when = dayMonthYear(date);
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

    /** A date and where the text writes it, so dates found by different patterns come out in reading order. */
    private record DateAt(int start, LocalDate date) {
    }

    private static void collect(Matcher matcher, Function<Matcher, Optional<LocalDate>> read, List<DateAt> found) {
        while (matcher.find()) {
            int start = matcher.start();
            read.apply(matcher).ifPresent(d -> found.add(new DateAt(start, d)));
        }
    }

    /** The date a match of {@link #DAY_MONTH_YEAR} writes, if it is a real one. */
    private static Optional<LocalDate> dayMonthYear(Matcher matcher) {
        return date(number(matcher, 3), month(matcher.group(2)), number(matcher, 1));
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
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
