package org.casebook.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.report.model.RedactedName;

/**
 * Finds the people a letter names where letters always name them: the salutation ("Dear Tamar and colleagues") and
 * the sign-off (the name lines after "All the best", "Yours sincerely", …). It guesses a role for each so that a
 * member only has to check the list a redacted pack uses, not type it.
 *
 * <p>It looks for names in those two places only. Names in the body of a letter ("the Director of People will…")
 * are roles already, and anyone else a member adds by hand. It prefers missing a name to listing words that are not
 * one, since the member sees and edits the list; every word it lists becomes "[role]" everywhere in the pack.
 */
public final class NameFinder {

    /** The role given to the people a letter is addressed to. */
    public static final String ADDRESSEE = "Addressee";
    /** The role given to a writer who signs for the Board. */
    public static final String CHAIR = "Chair";
    /** The role given to any other writer whose sign-off names no role. */
    public static final String TRUST_OFFICER = "Trust officer";

    /** Where in a letter a name was found. */
    public enum Place { SALUTATION, SIGN_OFF }

    /** A name found in a letter, the role guessed for it, and where it stood. */
    public record FoundName(String name, String role, Place place) {
        public FoundName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(place, "place");
        }

        public RedactedName toRedactedName() {
            return new RedactedName(name, role);
        }
    }

    private static final Pattern SALUTATION = Pattern.compile("^(?i:dear)\\s+(.+?)[\\s,:;!]*$");
    private static final Pattern ADDRESSEE_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    private static final Pattern VALEDICTION = Pattern.compile("^(?i:(?:with\\s+)?(?:all\\s+the\\s+best"
            + "|yours\\s+(?:sincerely|faithfully|truly|ever)|sincerely(?:\\s+yours)?"
            + "|(?:kind|kindest|best|warm|warmest|with\\s+kind)\\s+regards|regards"
            + "|(?:best|warm|warmest|good)\\s+wishes|many\\s+thanks|yours))(?:\\s*[,.!]\\s*|\\s+|$)(.*)$");
    private static final Pattern SIGNS_FOR_THE_BOARD = Pattern.compile(
            "(?i)\\bon\\s+behalf\\s+of\\s+the\\s+(?:trust\\s+)?board\\b|\\bas\\s+(?:the\\s+)?chair(?:man|person|woman)?\\b");
    private static final Pattern CHAIR_WORD = Pattern.compile("(?i)\\bchair(?:man|person|woman)?\\b");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:[\\p{L}'’\\-]*\\p{L})?");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** How much of the letter before a valediction may say that the writer signs for the Board. */
    private static final int CLOSING_WINDOW = 800;
    private static final int MOST_SIGNATORIES = 3;
    private static final int MOST_NAME_WORDS = 4;

    /** Titles come off a name: the pack hides "Smith" and "Dr" may stay. */
    static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame",
            "lord", "lady", "rev", "revd", "reverend", "cllr", "councillor");
    /** Lower-case words that may stand inside a name: "Anna de Vries", "Ibn al Haytham". */
    static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
            "la", "le", "bin", "ibn", "al", "el", "ter", "ten");
    /** Words that make a line a role, wherever they stand in it: "Chief Executive", "Director of People". */
    private static final Set<String> ROLE_WORDS = Set.of("chair", "chairman", "chairperson", "chairwoman", "chief",
            "director", "executive", "officer", "secretary", "manager", "president", "governor", "deputy", "interim",
            "acting", "vice", "clerk", "ombudsman", "guardian", "non-executive", "coordinator", "co-ordinator");
    /** Words that make a line a role only at its start, since they are surnames too: "Head of Nursing". */
    private static final Set<String> ROLE_OPENERS = Set.of("head", "lead", "associate", "assistant");
    /** Capitalised words that name groups, places and teams, never one person. */
    private static final Set<String> NOT_PERSONAL = Set.of("the", "a", "an", "our", "your", "all", "colleagues",
            "colleague", "sir", "madam", "everyone", "everybody", "members", "member", "friends", "team", "teams",
            "board", "forum", "trust", "committee", "group", "partners", "governors", "directors", "panel", "network",
            "council", "office", "department", "service", "services", "foundation", "hospital", "university",
            "patient", "patients", "experience", "involvement", "engagement", "people", "practitioners", "staff",
            "enclosure", "enclosures", "encl", "attachment", "attachments", "appendix", "annex", "copy", "cc",
            "ladies", "gentlemen", "thanks", "thank", "regards", "wishes", "best", "sincerely", "faithfully", "yours");

    /** The names in one letter's text, each once (whatever its case), in the order they first appear. */
    public List<FoundName> find(String text) {
        List<String> lines = text.replace('\u00A0', ' ').lines().map(String::strip).toList();
        Map<String, FoundName> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher salutation = SALUTATION.matcher(line);
            Matcher valediction = VALEDICTION.matcher(line);
            if (salutation.matches()) {
                addressees(salutation.group(1)).forEach(name -> keep(found, new FoundName(name, ADDRESSEE, Place.SALUTATION)));
            } else if (valediction.matches()) {
                signatories(lines, i, valediction.group(1), closingBefore(lines, i)).forEach(name -> keep(found, name));
            }
        }
        return List.copyOf(found.values());
    }

    private static void keep(Map<String, FoundName> found, FoundName name) {
        found.putIfAbsent(name.name().toLowerCase(Locale.ROOT), name);
    }

    /** "Tamar and colleagues" → Tamar; "Dr Ann Lee, Raj and Sam" → Ann Lee, Raj, Sam; "Sir/Madam" → none. */
    private static List<String> addressees(String addressed) {
        List<String> names = new ArrayList<>();
        for (String part : ADDRESSEE_SEPARATOR.split(addressed)) {
            personalName(part).ifPresent(names::add);
        }
        return names;
    }

    /**
     * The signatories after the valediction on line {@code at}: a name on the same line ("Best wishes, Danielle"),
     * or the name lines that follow, each perhaps followed by a line giving the signatory's role.
     */
    private static List<FoundName> signatories(List<String> lines, int at, String sameLine, String closingBefore) {
        if (!sameLine.isBlank()) {
            return personalName(sameLine)
                    .map(name -> List.of(new FoundName(name, guessedRole(closingBefore, sameLine), Place.SIGN_OFF)))
                    .orElse(List.of());
        }
        List<String> names = new ArrayList<>();
        List<Optional<String>> roles = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (int j = at + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isEmpty()) {
                continue;
            }
            block.append(line).append('\n');
            Optional<String> name = personalName(line);
            if (isRoleLine(line) && !names.isEmpty() && roles.get(roles.size() - 1).isEmpty()) {
                roles.set(roles.size() - 1, Optional.of(withoutTrailingPunctuation(line)));
            } else if (name.isPresent() && !isRoleLine(line) && names.size() < MOST_SIGNATORIES) {
                names.add(name.get());
                roles.add(Optional.empty());
            } else {
                break;
            }
        }
        List<FoundName> found = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String role = roles.get(k).orElseGet(() -> guessedRole(closingBefore, block.toString()));
            found.add(new FoundName(names.get(k), role, Place.SIGN_OFF));
        }
        return found;
    }

    /** Chair when the closing says the writer signs for the Board, otherwise a Trust officer. */
    private static String guessedRole(String closingBefore, String signOff) {
        boolean forTheBoard = SIGNS_FOR_THE_BOARD.matcher(closingBefore).find()
                || SIGNS_FOR_THE_BOARD.matcher(signOff).find() || CHAIR_WORD.matcher(signOff).find();
        return forTheBoard ? CHAIR : TRUST_OFFICER;
    }

    /** The last lines before line {@code at}, where a letter says on whose behalf it is signed. */
    private static String closingBefore(List<String> lines, int at) {
        StringBuilder closing = new StringBuilder();
        for (int i = at - 1; i >= 0 && closing.length() < CLOSING_WINDOW; i--) {
            closing.insert(0, lines.get(i) + "\n");
        }
        return closing.toString();
    }

    /**
     * The person's name a line or part of one holds, without titles: 1–4 capitalised words (initials and particles
     * may stand between them), no sentence punctuation, and no word that names a group or a role.
     */
    static Optional<String> personalName(String candidate) {
        String text = candidate.strip();
        if (text.isEmpty() || text.endsWith(".") && !endsWithInitial(text)) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        while (!words.isEmpty() && TITLES.contains(bare(words.get(0)))) {
            words.remove(0);
        }
        if (words.isEmpty() || words.size() > MOST_NAME_WORDS + 2) {
            return Optional.empty();
        }
        int nameWords = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String key = bare(w);
            boolean inside = i > 0 && i < words.size() - 1;
            if (NOT_PERSONAL.contains(key) || ROLE_WORDS.contains(key) || TITLES.contains(key)) {
                return Optional.empty();
            }
            if (NAME_WORD.matcher(w).matches() && w.chars().anyMatch(Character::isLowerCase)) {
                nameWords++;
            } else if (!(inside && PARTICLES.contains(w) || INITIAL.matcher(w).matches())) {
                return Optional.empty();
            }
        }
        if (nameWords == 0 || nameWords > MOST_NAME_WORDS || !NAME_WORD.matcher(words.get(words.size() - 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words));
    }

    private static boolean isRoleLine(String line) {
        List<String> words = WORD.matcher(line).results().map(m -> bare(m.group())).toList();
        if (words.isEmpty() || words.size() > 10 || line.endsWith(".")) {
            return false;
        }
        return ROLE_OPENERS.contains(words.get(0)) || words.stream().anyMatch(ROLE_WORDS::contains);
    }

    private static boolean endsWithInitial(String text) {
        return text.matches("(?s).*(?:^|\\s)\\p{Lu}\\.$");
    }

    private static String withoutTrailingPunctuation(String line) {
        return line.replaceAll("[\\s,;:]+$", "");
    }

    /** The word in lower case without the punctuation around it: "Dr." → "dr", "Executive," → "executive". */
    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
    }
}
