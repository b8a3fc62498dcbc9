package org.casebook.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.foi.Authority;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.storage.Repositories;

/**
 * Finds the body a member or a list means. Names are compared without case or surrounding space, and a body is
 * also known by its WhatDoTheyKnow short name and URL name, so "NHS England", "nhs england" and "nhs_england" agree.
 */
final class BodyFinder {

    private BodyFinder() {
    }

    /** The body in the case that an authority of a list is, if any. */
    static Optional<Body> find(Repositories r, Authority a) {
        List<Body> bodies = r.bodies().bodies();
        List<BodyProfile> profiles = r.foi().profiles();
        Optional<Body> byUrlName = a.urlName().flatMap(u -> profileMatch(bodies, profiles, p -> p.urlName(), u));
        return byUrlName
                .or(() -> byName(bodies, a.name()))
                .or(() -> a.shortName().flatMap(s -> byName(bodies, s)))
                .or(() -> a.shortName().flatMap(s -> profileMatch(bodies, profiles, p -> p.shortName(), s)));
    }

    /** The one body a reference names: its name, short name or URL name; refused when none or several. */
    static Body byReference(Repositories r, String reference) {
        String wanted = reference == null ? "" : reference.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("Say which body: its name, short name or WhatDoTheyKnow URL name.");
        }
        List<Body> bodies = r.bodies().bodies();
        List<BodyProfile> profiles = r.foi().profiles();
        return byName(bodies, wanted)
                .or(() -> profileMatch(bodies, profiles, p -> p.urlName(), wanted))
                .or(() -> profileMatch(bodies, profiles, p -> p.shortName(), wanted))
                .orElseThrow(() -> new IllegalArgumentException("There is no body called \"" + wanted + "\" in this case"
                        + " (by name, short name or WhatDoTheyKnow URL name)."));
    }

    private static Optional<Body> byName(List<Body> bodies, String name) {
        String key = key(name);
        return bodies.stream().filter(b -> key(b.name()).equals(key)).findFirst();
    }

    private static Optional<Body> profileMatch(List<Body> bodies, List<BodyProfile> profiles,
            java.util.function.Function<BodyProfile, Optional<String>> field, String value) {
        String key = key(value);
        return profiles.stream().filter(p -> field.apply(p).map(BodyFinder::key).filter(key::equals).isPresent())
                .findFirst()
                .flatMap(p -> bodies.stream().filter(b -> b.id() == p.bodyId()).findFirst());
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
