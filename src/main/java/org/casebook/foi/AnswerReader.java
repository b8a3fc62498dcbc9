package org.casebook.foi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.Exemption;

/**
 * Suggests how a body answered one question from the wording of its response, so a member filling in a campaign's
 * matrix of fifty answers starts from a good guess and sees the sentence behind it.
 * <p>
 * A sentence that cites an exemption decides first (a body naming a section is refusing something, and the group
 * needs the section to appeal); a refusal that also says some information was given is a partial answer. Failing
 * that, "we do not hold" and its kin mean not held; anything else is an answer. A bare section number counts only
 * with the Act or a refusal word beside it, so "section 12 of our policy" is not a cost refusal.
 * <p>
 * Limits, by design: it reads words, not meaning. "The meeting was not held in public" reads as not held; a
 * refusal worded without a section, a limit or the usual phrases ("we cannot share this") reads as an answer;
 * EIR regulation 13 is read as section 40, its FOI twin; and only the first exemption found is reported.
 */
public final class AnswerReader {

    private static final Pattern SECTION = Pattern.compile(
            "\\b(?:section|s\\.?)\\s?(\\d{1,2})(?=\\b|\\()", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_THE_ACT = Pattern.compile(
            "^(?:\\s*\\(\\d+\\))?(?:\\s*\\([a-z]\\))?\\s*"
                    + "(?:of\\s+(?:the\\s+)?(?:foi|foia|freedom of information|act)|foia)");
    private static final Pattern REFUSING = Pattern.compile(
            "\\b(exempt\\w*|withh\\w+|redact\\w*|removed|refus\\w+|not obliged|appl(?:y|ies|ied|ying)|engaged"
                    + "|rel(?:y|ied|ying) on)\\b");
    private static final Pattern WITHHOLDING = Pattern.compile("\\b(exempt\\w*|withh\\w+|redact\\w*|removed)\\b");
    private static final Pattern COST = Pattern.compile("exceed\\w*\\s+(?:the\\s+)?(?:appropriate|cost)\\s+limit");
    private static final Pattern LIMIT = Pattern.compile("\\b(?:appropriate|cost)\\s+limit");
    private static final Pattern PERSONAL = Pattern.compile("\\bpersonal\\s+(?:data|information)\\b");
    private static final Pattern NOT_HELD = Pattern.compile(
            "\\b(not held|(?:does|do|did) not hold|holds? no|no recorded information|no information (?:is )?held)\\b");
    private static final Pattern PARTLY = Pattern.compile("\\b(partial\\w*|the remainder|some of the (?:\\w+ )?"
            + "(?:information|documents|data|details)|some (?:personal )?(?:information|details|data)|part of the "
            + "information)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b[sS]\\.)(?<=[.!?])\\s+(?=[A-Z0-9(\"“‘])");

    public AnswerReading read(String answerText) {
        String text = answerText == null ? "" : answerText;
        if (text.isBlank()) {
            return new AnswerReading(AnswerKind.NOT_ANSWERED, Optional.empty(), Optional.empty());
        }
        List<String> sentences = sentences(text);
        for (String sentence : sentences) {
            Optional<Exemption> exemption = exemptionIn(normalised(sentence));
            if (exemption.isPresent()) {
                boolean partly = PARTLY.matcher(normalised(text)).find();
                return new AnswerReading(partly ? AnswerKind.PARTLY_ANSWERED : AnswerKind.REFUSED, exemption,
                        Optional.of(sentence));
            }
        }
        for (String sentence : sentences) {
            if (NOT_HELD.matcher(normalised(sentence)).find()) {
                return new AnswerReading(AnswerKind.NOT_HELD, Optional.empty(), Optional.of(sentence));
            }
        }
        return new AnswerReading(AnswerKind.ANSWERED, Optional.empty(), Optional.empty());
    }

    private static Optional<Exemption> exemptionIn(String s) {
        boolean refusing = REFUSING.matcher(s).find();
        Matcher section = SECTION.matcher(s);
        while (section.find()) {
            boolean cited = refusing || OF_THE_ACT.matcher(s.substring(section.end())).find();
            if (cited) {
                Optional<Exemption> named = bySection(section.group(1));
                if (named.isPresent() || WITHHOLDING.matcher(s).find()) {
                    return Optional.of(named.orElse(Exemption.OTHER));
                }
            }
        }
        if (COST.matcher(s).find() || LIMIT.matcher(s).find() && refusing) {
            return Optional.of(Exemption.S12_COST);
        }
        if (s.contains("reasonably accessible")) {
            return Optional.of(Exemption.S21_ACCESSIBLE);
        }
        if (PERSONAL.matcher(s).find() && WITHHOLDING.matcher(s).find()) {
            return Optional.of(Exemption.S40_PERSONAL);
        }
        if (s.contains("commercial interests") && (refusing || s.contains("prejudice"))) {
            return Optional.of(Exemption.S43_COMMERCIAL);
        }
        return Optional.empty();
    }

    private static Optional<Exemption> bySection(String number) {
        for (Exemption exemption : Exemption.values()) {
            if (!exemption.section().isEmpty() && exemption.section().equals(number)) {
                return Optional.of(exemption);
            }
        }
        return Optional.empty();
    }

    /** Paragraphs split on blank lines; the lines of one paragraph joined (e-mails wrap at 72 columns). */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String joined = paragraph.replaceAll("\\s*\\R\\s*", " ").strip();
            for (String sentence : SENTENCE_END.split(joined)) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** Lower case, typographic apostrophes made plain, and quotation marks dropped ("the ‘appropriate limit’"). */
    private static String normalised(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', ' ')
                .replaceAll("[“”\"]", " ");
        s = s.replaceAll("'(?=[\\s.,;:)]|$)|(?<=\\s|^)'", " ");
        return s.replaceAll("\\s+", " ");
    }
}
