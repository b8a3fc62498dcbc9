package org.casebook.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.casebook.domain.search.BadQueryException;

/**
 * Reads the query language members type: words (all must match), {@code "phrases"}, {@code OR}, {@code AND},
 * {@code -word} or {@code NOT word}, {@code word*}, and the named fields of {@link Fields#NAMED}. Lucene's classic
 * query parser does the reading; this class sets its defaults, refuses field names the index does not have, and
 * turns its complaints into a {@link BadQueryException} that says where the problem is.
 */
final class QueryReader {

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;

    QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query read(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new NamedFieldsParser(analyzer, text);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw problem(text, e);
        }
    }

    private static BadQueryException problem(String text, ParseException e) {
        // The parser wraps what went wrong (its own complaint or the lexer's) in a ParseException of its own.
        ParseException inner = e.getCause() instanceof ParseException cause ? cause : e;
        if (inner.getCause() instanceof BadQueryException field) {
            return field;
        }
        int position = text.length();
        if (inner.currentToken != null && inner.currentToken.next != null && inner.currentToken.next.kind == 0) {
            position = text.length();
        } else if (inner.currentToken != null && inner.currentToken.next != null
                && inner.currentToken.next.beginColumn > 0) {
            position = Math.min(text.length(), inner.currentToken.next.beginColumn - 1);
        } else {
            Matcher column = COLUMN.matcher(String.valueOf(e.getMessage()));
            if (column.find()) {
                position = Math.min(text.length(), Math.max(0, Integer.parseInt(column.group(1)) - 1));
            }
        }
        return new BadQueryException(reason(text, position), position);
    }

    private static String reason(String text, int position) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            return "A quotation mark is not closed (character " + (text.lastIndexOf('"') + 1) + ").";
        }
        if (text.chars().filter(c -> c == '(').count() != text.chars().filter(c -> c == ')').count()) {
            return "The brackets do not pair up (near character " + (position + 1) + ").";
        }
        if (position >= text.length()) {
            return "The search ends too soon: something must follow the last word (AND, OR, NOT or a colon).";
        }
        return "The search cannot be read at character " + (position + 1) + ": \""
                + text.substring(position, Math.min(text.length(), position + 12)) + "\".";
    }

    /** The classic parser with the index's fields only. */
    private static final class NamedFieldsParser extends QueryParser {

        private final String text;

        NamedFieldsParser(Analyzer analyzer, String text) {
            super(Fields.ALL, analyzer);
            this.text = text;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(known(field), queryText, quoted);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            // Prefixes are not analysed; lower-case them as the index is, and cut nothing more.
            return super.getPrefixQuery(known(field), termStr.toLowerCase(Locale.ROOT));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(known(field), termStr.toLowerCase(Locale.ROOT));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(known(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            return super.getRangeQuery(known(field), part1, part2, startInclusive, endInclusive);
        }

        private String known(String field) throws ParseException {
            if (field.equals(Fields.ALL) || Fields.NAMED.contains(field)) {
                return field;
            }
            int at = Math.max(0, text.indexOf(field + ":"));
            ParseException e = new ParseException("unknown field " + field);
            e.initCause(new BadQueryException("There is nothing called \"" + field + ":\" to search in; use one of "
                    + String.join(": ", Fields.NAMED) + ":.", at));
            throw e;
        }
    }
}
