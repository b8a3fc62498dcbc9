package org.casebook.report;

import java.util.Optional;
import org.casebook.report.model.PackScope;
import org.casebook.service.PackRequest;

/** Pack tests describe a pack as the engine sees it (scope and options); the service takes it as one request. */
public final class PackRequests {

    private PackRequests() {
    }

    public static PackRequest of(PackScope scope, PackOptions options) {
        return PackRequest.of(scope).withTitle(Optional.of(options.title())).withDate(Optional.of(options.date()))
                .withSections(options.sections()).withNotes(options.includeNotes())
                .withLargePrint(options.largePrint()).withRedaction(options.redact());
    }
}
