package org.casebook.domain;

import java.util.Objects;

/** One item of a thread with how its response moved on from the step before. */
public record ThreadStep(long itemId, StepMarker marker) {
    public ThreadStep {
        Objects.requireNonNull(marker, "marker");
    }
}
