package org.casebook.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestDraftsTest {

    private final RequestDrafts drafts = new RequestDrafts();

    private static Campaign campaign(String title, String template) {
        return new Campaign(1, title, List.of(new CampaignQuestion(1, "How many mental health beds did you have?"),
                new CampaignQuestion(2, "How many were closed in 2024?")), template, LocalDate.of(2025, 1, 6));
    }

    @Test
    void fillsTheDefaultTemplateWithTheBodyAndNumberedQuestions() {
        assertThat(drafts.text(campaign("Mental health beds", Campaign.DEFAULT_TEMPLATE), "Leeds and York Partnership "
                + "NHS Foundation Trust")).isEqualTo("""
                Dear Leeds and York Partnership NHS Foundation Trust,

                Under the Freedom of Information Act 2000, please provide the following information:

                1. How many mental health beds did you have?

                2. How many were closed in 2024?

                I would prefer to receive the information electronically.

                Yours faithfully,
                """);
    }

    @Test
    void fillsTheTitleAndLeavesPlaceholderLikeWordsInANameAlone() {
        String text = drafts.text(campaign("Beds", "To {body}: {title}\n{questions}"), "The {questions} Trust $1");
        assertThat(text).isEqualTo("To The {questions} Trust $1: Beds\n1. How many mental health beds did you have?"
                + "\n\n2. How many were closed in 2024?");
    }

    @Test
    void usesTheDefaultTemplateWhenTheCampaignHasNone() {
        assertThat(drafts.text(campaign("Beds", "  "), "NHS Leeds")).startsWith("Dear NHS Leeds,\n");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Mental health beds | Freedom of Information request - Mental health beds",
        "FOI: mental health beds | FOI: mental health beds",
        "Freedom of Information – crisis lines | Freedom of Information – crisis lines",
        "Beds (foi request) | Beds (foi request)",
        "Foil wrapping costs | Freedom of Information request - Foil wrapping costs",
    })
    void prefixesTheSubjectUnlessTheTitleSaysFoi(String title, String subject) {
        assertThat(drafts.subject(campaign(title, ""))).isEqualTo(subject);
    }

    @Test
    void linksToWhatDoTheyKnowsNewRequestPageWithTitleAndBody() {
        URI link = drafts.whatDoTheyKnowLink("leeds_and_york_partnership_nhs_foundation_trust", "Beds & wards",
                "Dear Trust,\n\n1. How many? 100%+\n");
        assertThat(link.toString()).isEqualTo("https://www.whatdotheyknow.com/new/"
                + "leeds_and_york_partnership_nhs_foundation_trust?title=Beds%20%26%20wards"
                + "&body=Dear%20Trust%2C%0A%0A1.%20How%20many%3F%20100%25%2B%0A");
        Map<String, String> query = query(link);
        assertThat(query).containsEntry("title", "Beds & wards").containsEntry("body", "Dear Trust,\n\n1. How many? 100%+\n");
        assertThat(link.getHost()).isEqualTo("www.whatdotheyknow.com");
        assertThat(link.getPath()).isEqualTo("/new/leeds_and_york_partnership_nhs_foundation_trust");
    }

    @Test
    void needsAUrlNameForAWhatDoTheyKnowLink() {
        assertThatThrownBy(() -> drafts.whatDoTheyKnowLink(" ", "t", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesAMailtoLinkAsRfc6068HasIt() {
        URI mail = drafts.mailto("foi@leedsandyorkpft.nhs.uk", "Freedom of Information request - Beds",
                "Dear Trust,\n1. Beds? Café+ward");
        assertThat(mail.toString()).isEqualTo("mailto:foi@leedsandyorkpft.nhs.uk"
                + "?subject=Freedom%20of%20Information%20request%20-%20Beds"
                + "&body=Dear%20Trust%2C%0D%0A1.%20Beds%3F%20Caf%C3%A9%2Bward");
        assertThat(mail.toString()).doesNotContain("+");
        assertThat(query(mail)).containsEntry("subject", "Freedom of Information request - Beds")
                .containsEntry("body", "Dear Trust,\r\n1. Beds? Café+ward");
        assertThat(mail.getScheme()).isEqualTo("mailto");
    }

    @Test
    void makesEveryLineBreakOfAMailBodyCrlf() {
        URI mail = drafts.mailto("a@b.org", "s", "one\r\ntwo\nthree\rfour");
        assertThat(query(mail).get("body")).isEqualTo("one\r\ntwo\r\nthree\r\nfour");
    }

    @Test
    void printsALetterWithItsDateSubjectAndText() {
        String letter = drafts.printableLetter(campaign("Mental health beds", Campaign.DEFAULT_TEMPLATE), "NHS Leeds",
                LocalDate.of(2021, 8, 4));
        assertThat(letter).startsWith("4 August 2021\n\nFreedom of Information request - Mental health beds\n\n"
                + "Dear NHS Leeds,\n");
        assertThat(letter).contains("\n1. How many mental health beds did you have?\n\n2. How many were closed")
                .endsWith("Yours faithfully,\n");
        assertThat(letter.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    }

    private static Map<String, String> query(URI uri) {
        String raw = uri.getRawQuery() != null ? uri.getRawQuery()
                : uri.getRawSchemeSpecificPart().substring(uri.getRawSchemeSpecificPart().indexOf('?') + 1);
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
