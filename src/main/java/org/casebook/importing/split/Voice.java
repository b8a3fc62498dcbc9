package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whose voice a sentence is in. A reply letter alternates between the concern as raised ("Peer workers are being
 * phased out", "How will you as a board…?") and the body answering it ("This is not the case", "We have no
 * knowledge…"). Scores are positive for the answering body, negative for the people who raised the concern.
 */
public final class Voice {

    private static final Pattern ANSWER_OPENER = Pattern.compile(
            "^(?:we|our|the trust|the board (?:has|have|is|will|does|did|would)|this is not|that is not|it is not the case|"
                    + "this was|unfortunately|i can confirm|i am sorry|i would like to|yes\\b|no\\b,|currently|as a trust|"
                    + "the (?:leader|chair|chairman|cabinet member|portfolio holder|mayor|chief executive|director)\\b[^.?!]{0,80}"
                    + "\\b(?:responded|replied|answered|said|stated|explained|confirmed|advised|agreed|undertook))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWERING_PHRASE = Pattern.compile(
            "\\b(?:we (?:are|were) (?:sorry|aware|not aware|committed)|we (?:do not|don['’]t) (?:agree|accept|believe)|"
                    + "we have no (?:knowledge|record|evidence)|we (?:accept|acknowledge|recognise|recognize|understand|remain|"
                    + "will|can confirm|take|have taken|apologise|apologize|hold|do not hold)|is not the case|"
                    + "(?:responded|replied|answered) that)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKING = Pattern.compile(
            "\\b(?:how will you|will you|will the (?:board|trust|council)|do you|can you|could you|would you|"
                    + "why (?:has|have|did|is|was|were|does)|what (?:is|are|will)|at what point)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSED_YOU = Pattern.compile("\\byou(?:r)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POLITE_YOU = Pattern.compile(
            "\\b(?:thank you|sorry that you|assure you|advise you|inform you|update you|let you know|you consider)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\"”’')\\]\\s]+$");
    // Titles and initials end in a full stop without ending a sentence: "Ms J. Smith", "e.g. the".
    private static final Pattern NOT_A_SENTENCE_END = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|Nos|vs|etc|e\\.g|i\\.e|approx)|\\b[A-Z])\\.$");

    private Voice() {
    }

    /** Positive when the sentence reads as the answering body, negative when it reads as the concern raised. */
    public static int score(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return 0;
        }
        int score = 0;
        if (isQuestion(s)) {
            score -= 3;
        }
        if (ANSWER_OPENER.matcher(s).lookingAt()) {
            score += 2;
        }
        if (ANSWERING_PHRASE.matcher(s).find()) {
            score += 2;
        }
        if (ASKING.matcher(s).find()) {
            score -= 2;
        }
        if (ADDRESSED_YOU.matcher(s).find() && !POLITE_YOU.matcher(s).find()) {
            score -= 1;
        }
        return score;
    }

    /** Whether the sentence (or paragraph) ends as a question, allowing closing quotes and brackets. */
    public static boolean isQuestion(String text) {
        return TRAILING_CLOSERS.matcher(text.strip()).replaceAll("").endsWith("?");
    }

    /** Whether a paragraph that follows a concern still belongs to it: a further question, or a sentence running on. */
    public static boolean continuesConcern(String paragraph) {
        String s = paragraph.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(s.codePointAt(0))) {
            return true;
        }
        List<Span> sentences = sentences(s);
        int total = 0;
        for (Span span : sentences) {
            total += score(s.substring(span.start(), span.end()));
        }
        boolean opensAsAnswer = !sentences.isEmpty() && score(s.substring(sentences.get(0).start(), sentences.get(0).end())) > 0;
        return isQuestion(s) && total < 0 && !opensAsAnswer;
    }

    /** A sentence's place in a text, [start, end). */
    public record Span(int start, int end) {
    }

    /** Splits a text into sentences at ". ", "? " and "! " followed by a capital, a digit or a quote. */
    public static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                int end = i + 1;
                while (end < text.length() && "\"”’')]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                int next = skipSpace(text, end);
                boolean spaced = next > end || end == text.length();
                if (spaced && (next == text.length() || startsSentence(text.charAt(next)))
                        && !NOT_A_SENTENCE_END.matcher(text.substring(start, i + 1)).find()) {
                    out.add(new Span(start, end));
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        if (start < text.length()) {
            out.add(new Span(start, text.strip().isEmpty() ? start : rstrip(text)));
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(-–—".indexOf(c) >= 0;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int rstrip(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
