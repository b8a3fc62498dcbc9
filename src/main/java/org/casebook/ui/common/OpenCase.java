package org.casebook.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService.CaseSummary;

/** The case open in the window, with the counts it had when it was opened. */
public record OpenCase(CaseHandle handle, CaseSummary summary) {
    public OpenCase {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(summary, "summary");
    }

    public Path root() {
        return summary.root();
    }

    public String name() {
        return summary.name();
    }
}
