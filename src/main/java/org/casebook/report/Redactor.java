package org.casebook.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebook.report.model.RedactedName;

/**
 * Replaces people's names by their roles: "Dear Tamar" → "Dear [Addressee]". Every piece of text that goes into a
 * redacted pack passes through {@link #apply}, so the names are gone from text, bookmarks and metadata alike.
 *
 * <p>How a name is matched, and why:
 * <ul>
 * <li>Whole words only, in any case: "TAMAR" and "tamar" go, but "Tamara" stays. A longer name is a different name,
 *     and hiding the front of a word would show the rest of it ("[Addressee]a").</li>
 * <li>Apostrophes and hyphens end a word, so "Tamar's" becomes "[Addressee]'s" and "Tamar-Jones" becomes
 *     "[Addressee]-Jones": a pack that hides too much is safer than one that shows a name.</li>
 * <li>A listed name of several words also hides each of its parts that is a name (two letters or more, not a title
 *     like "Dr" or a particle like "de"), so "Danielle Oum" hides a later "Ms Oum". The longest match wins, so the
 *     full name becomes one "[Chair]", not two. A part is hidden only where it is written with a capital, because
 *     parts are often words too ("Will", "May", "Hope") and "we will" must stay; a name listed on its own is hidden
 *     in any case, since the member chose it.</li>
 * <li>When two listed names share a part, the part takes the role of the first name listed; a name listed on its
 *     own always keeps its own role.</li>
 * <li>Names are matched literally (regex characters mean themselves) and across any run of spaces or line breaks,
 *     as PDF text often breaks a full name over two lines.</li>
 * </ul>
 */
public final class Redactor {

    private static final Redactor NONE = new Redactor(List.of());
    private static final String BEFORE_WORD = "(?<![\\p{L}\\p{N}\\p{M}])(?<!\\p{L}['’])";
    private static final String AFTER_WORD = "(?![\\p{L}\\p{N}\\p{M}])";
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern ROLE_MARK = Pattern.compile("\\[[^\\]]*\\]");
    private static final int SHORTEST_PART = 2;

    /** One thing to look for: a listed name, or one part of a listed name of several words. */
    private record Target(List<String> words, String role, boolean part) {
        int length() {
            return String.join(" ", words).length();
        }

        String regex() {
            String literal = words.stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
            return "(" + (part ? "(?=\\p{Lu})" : "") + "(?iu:" + literal + "))";
        }
    }

    private final List<Target> targets;
    private final Optional<Pattern> pattern;

    private Redactor(List<RedactedName> names) {
        this.targets = targets(names);
        this.pattern = targets.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(targets.stream()
                .map(Target::regex)
                .collect(Collectors.joining("|", BEFORE_WORD + "(?:", ")" + AFTER_WORD))));
    }

    /** Leaves text as it is. */
    public static Redactor none() {
        return NONE;
    }

    public static Redactor of(List<RedactedName> names) {
        return names.isEmpty() ? NONE : new Redactor(List.copyOf(names));
    }

    public String apply(String text) {
        if (pattern.isEmpty() || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.get().matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("[" + roleOf(m) + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether this redactor already hides all of {@code name} (titles aside), so that listing it again would change
     * nothing: "Dr Danielle Oum" and "Oum" are hidden once "Danielle Oum" is listed.
     */
    public boolean hides(String name) {
        String left = ROLE_MARK.matcher(apply(name)).replaceAll(" ");
        return BLANKS.splitAsStream(left.strip()).filter(w -> !w.isEmpty())
                .allMatch(w -> NameFinder.TITLES.contains(bare(w)) || bare(w).isEmpty());
    }

    private String roleOf(Matcher m) {
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return targets.get(group - 1).role();
            }
        }
        throw new IllegalStateException("A match without a name: " + m.group());
    }

    /** Listed names first (so their roles win), then the parts; longest first, as the regex tries them in order. */
    private static List<Target> targets(List<RedactedName> names) {
        Set<String> seen = new HashSet<>();
        List<Target> targets = new ArrayList<>();
        for (RedactedName name : names) {
            List<String> words = List.of(BLANKS.split(name.name()));
            if (seen.add(key(words))) {
                targets.add(new Target(words, name.role(), false));
            }
        }
        for (RedactedName name : names) {
            List<String> words = List.of(BLANKS.split(name.name()));
            if (words.size() > 1) {
                words.stream().map(Redactor::trimmed).filter(Redactor::isNamePart)
                        .filter(w -> seen.add(key(List.of(w))))
                        .forEach(w -> targets.add(new Target(List.of(w), name.role(), true)));
            }
        }
        targets.sort(Comparator.comparingInt((Target t) -> t.words().size()).thenComparingInt(Target::length).reversed());
        return List.copyOf(targets);
    }

    private static boolean isNamePart(String word) {
        String bare = word.toLowerCase(Locale.ROOT);
        return bare.codePoints().filter(Character::isLetter).count() >= SHORTEST_PART
                && !NameFinder.TITLES.contains(bare) && !NameFinder.PARTICLES.contains(bare);
    }

    /** The word without the punctuation around it: "Oum," → "Oum", "Dr." → "Dr". */
    private static String trimmed(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private static String bare(String word) {
        return trimmed(word).toLowerCase(Locale.ROOT);
    }
}
