package org.casebook.domain.foi;

import java.util.Objects;

/** One numbered question of a campaign, asked of every body in the same words. */
public record CampaignQuestion(int number, String text) {
    public CampaignQuestion {
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("A question's number starts at 1, not " + number);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("Question " + number + " has no words");
        }
        text = text.strip();
    }
}
