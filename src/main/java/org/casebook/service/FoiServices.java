package org.casebook.service;

import java.util.Objects;

/** The three services of FOI campaigns, handed over together: the register, the responses, and the drafts. */
public record FoiServices(FoiService register, FoiResponseService responses, FoiDraftService drafts) {
    public FoiServices {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(drafts, "drafts");
    }
}
