package org.casebook.importing.split;

import java.util.Optional;
import org.casebook.domain.TextSpan;

/** Where an item's concern and response lie in the full text, and how that was decided. */
public record Boundary(TextSpan concern, Optional<TextSpan> response, Evidence evidence) {
}
