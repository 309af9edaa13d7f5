package io.modelintake.license.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What a model's card says of its domain and type, for SPDX 3.0.1's AI profile ({@code ai_domain},
 * {@code ai_typeOfModel}), with where it says so: {@code url} the card (or the Hub's pipeline tag on it),
 * {@code quote} its words, {@code checked} when read.
 */
public record ModelAiFacts(List<String> domain, List<String> typeOfModel, String url, String quote,
        LocalDate checked) {

    public ModelAiFacts {
        domain = domain == null ? List.of() : List.copyOf(domain);
        typeOfModel = typeOfModel == null ? List.of() : List.copyOf(typeOfModel);
    }
}
