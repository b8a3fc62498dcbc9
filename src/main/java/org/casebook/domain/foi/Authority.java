package org.casebook.domain.foi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One row of a list of public authorities (WhatDoTheyKnow's export, or a plain list of names and addresses). */
public record Authority(String name, Optional<String> shortName, Optional<String> urlName, Optional<String> foiEmail,
        List<String> tags, Optional<String> homePage) {
    public Authority {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An authority needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(urlName, "urlName");
        Objects.requireNonNull(foiEmail, "foiEmail");
        Objects.requireNonNull(homePage, "homePage");
        tags = List.copyOf(tags);
    }

    public boolean hasTag(String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip()));
    }
}
