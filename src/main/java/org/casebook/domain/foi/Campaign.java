package org.casebook.domain.foi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One set of questions sent to many bodies. The template is the request's text with {@code {body}} and
 * {@code {questions}} (and {@code {title}}) where each body's name and the numbered questions go.
 */
public record Campaign(long id, String title, List<CampaignQuestion> questions, String template, LocalDate created) {

    /** The request text used when a campaign is given none: plain, polite, and how WhatDoTheyKnow requests read. */
    public static final String DEFAULT_TEMPLATE = """
            Dear {body},

            Under the Freedom of Information Act 2000, please provide the following information:

            {questions}

            I would prefer to receive the information electronically.

            Yours faithfully,
            """;

    public Campaign {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(created, "created");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A campaign needs a title");
        }
        title = title.strip();
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("A campaign needs at least one question");
        }
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("A campaign's questions are numbered 1, 2, 3… in order");
            }
        }
    }

    public Optional<CampaignQuestion> question(int number) {
        return number >= 1 && number <= questions.size() ? Optional.of(questions.get(number - 1)) : Optional.empty();
    }
}
