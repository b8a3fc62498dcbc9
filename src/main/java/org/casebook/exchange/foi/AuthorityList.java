package org.casebook.exchange.foi;

import java.util.List;
import org.casebook.domain.foi.Authority;

/** The authorities a list gave, and what was odd about it (rows left out, addresses dropped) for the member to see. */
public record AuthorityList(List<Authority> authorities, List<String> warnings) {
    public AuthorityList {
        authorities = List.copyOf(authorities);
        warnings = List.copyOf(warnings);
    }
}
