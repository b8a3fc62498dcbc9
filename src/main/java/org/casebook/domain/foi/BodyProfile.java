package org.casebook.domain.foi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Casebook knows of a body as a public authority: its WhatDoTheyKnow short and URL names, FOI e-mail address,
 * tags (WhatDoTheyKnow's, such as {@code nhstrust}) and home page. A body imported from a list carries one; a body
 * only named in a letter has none.
 */
public record BodyProfile(long bodyId, Optional<String> shortName, Optional<String> urlName,
        Optional<String> foiEmail, List<String> tags, Optional<String> homePage) {
    public BodyProfile {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(urlName, "urlName");
        Objects.requireNonNull(foiEmail, "foiEmail");
        Objects.requireNonNull(homePage, "homePage");
        tags = List.copyOf(tags);
    }

    public static BodyProfile none(long bodyId) {
        return new BodyProfile(bodyId, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    public boolean hasTag(String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip()));
    }
}
