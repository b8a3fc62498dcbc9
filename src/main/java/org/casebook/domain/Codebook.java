package org.casebook.domain;

import java.util.List;
import java.util.Optional;

/** The themes and response types of a case. */
public record Codebook(List<Theme> themes, List<ResponseType> responseTypes) {
    public Codebook {
        themes = List.copyOf(themes);
        responseTypes = List.copyOf(responseTypes);
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ResponseType> responseType(String id) {
        return responseTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
