package org.casebook.foi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;

/**
 * A campaign's request as each body receives it: the same words for every body, so answers compare, sent the way
 * the member prefers (through WhatDoTheyKnow, by e-mail, or printed and posted).
 * <p>
 * WhatDoTheyKnow runs Alaveteli, whose {@code config/routes.rb} maps {@code /new/:url_name} to
 * {@code request#new} for GET; {@code RequestController#render_new_compose} copies the query parameters
 * {@code title} into the request's title and {@code body} into the outgoing message's whole text
 * ({@code default_letter} would fill only the middle, between Alaveteli's own "Dear …" and "Yours faithfully").
 * Since the campaign's text already greets and signs off, the link carries {@code body}:
 * {@code https://www.whatdotheyknow.com/new/<url_name>?title=…&body=…} (mysociety/alaveteli, commit 351eb61).
 * The member still logs in and presses send there; nothing is sent from Casebook.
 */
public final class RequestDrafts {

    private static final String WHATDOTHEYKNOW = "https://www.whatdotheyknow.com/new/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(body|title|questions)}");
    private static final Pattern SAYS_FOI = Pattern.compile("\\b(foi|foia|freedom of information)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The template filled in one pass, so a body's name holding "{questions}" stays as written. */
    public String text(Campaign campaign, String bodyName) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(bodyName, "bodyName");
        String template = campaign.template().isBlank() ? Campaign.DEFAULT_TEMPLATE : campaign.template();
        String questions = campaign.questions().stream().map(RequestDrafts::line)
                .collect(Collectors.joining("\n\n"));
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "body" -> bodyName.strip();
                case "title" -> campaign.title();
                default -> questions;
            };
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    public String subject(Campaign campaign) {
        String title = campaign.title();
        return SAYS_FOI.matcher(title).find() ? title : "Freedom of Information request - " + title;
    }

    /** WhatDoTheyKnow's "new request" page for one body, with the title and the letter already filled in. */
    public URI whatDoTheyKnowLink(String urlName, String title, String body) {
        Objects.requireNonNull(urlName, "urlName");
        if (urlName.isBlank()) {
            throw new IllegalArgumentException("A WhatDoTheyKnow link needs the body's URL name");
        }
        return URI.create(WHATDOTHEYKNOW + percent(urlName.strip()) + "?title=" + percent(title)
                + "&body=" + percent(body));
    }

    /** A mailto link as RFC 6068 has it: UTF-8 percent-encoding, spaces as %20, line breaks as %0D%0A. */
    public URI mailto(String address, String subject, String body) {
        Objects.requireNonNull(address, "address");
        String crlf = body.replaceAll("\\r\\n|\\r|\\n", "\r\n");
        return URI.create("mailto:" + percent(address.strip()).replace("%40", "@") + "?subject=" + percent(subject)
                + "&body=" + percent(crlf));
    }

    /** The request as a letter to print and post: the date, the subject, then the text. */
    public String printableLetter(Campaign campaign, String bodyName, LocalDate date) {
        Objects.requireNonNull(date, "date");
        String letter = DAY.format(date) + "\n\n" + subject(campaign) + "\n\n" + text(campaign, bodyName).strip();
        return letter.lines().map(String::stripTrailing).collect(Collectors.joining("\n")) + "\n";
    }

    private static String line(CampaignQuestion question) {
        return question.number() + ". " + question.text();
    }

    /** Everything but RFC 3986's unreserved characters percent-encoded as UTF-8 (so "+" never means a space). */
    static String percent(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
