package org.casebook.report;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces people's names by their roles: "Dear Tamar" → "Dear [Addressee]". Every piece of text that goes into a
 * redacted pack passes through {@link #apply}, so the names are gone from text, bookmarks and metadata alike.
 */
public final class Redactor {

    private static final Redactor NONE = new Redactor(List.of());

    private final List<RedactedName> names;
    private final Pattern pattern;

    private Redactor(List<RedactedName> names) {
        this.names = names.stream().sorted(Comparator.comparingInt((RedactedName n) -> n.name().length()).reversed())
                .toList();
        this.pattern = this.names.isEmpty() ? null : Pattern.compile(this.names.stream()
                .map(n -> Pattern.quote(n.name()))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Leaves text as it is. */
    public static Redactor none() {
        return NONE;
    }

    public static Redactor of(List<RedactedName> names) {
        return names.isEmpty() ? NONE : new Redactor(List.copyOf(names));
    }

    public String apply(String text) {
        if (pattern == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("[" + roleOf(m.group()) + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String roleOf(String found) {
        return names.stream().filter(n -> n.name().equalsIgnoreCase(found)).findFirst()
                .map(RedactedName::role).orElse("name withheld");
    }
}
