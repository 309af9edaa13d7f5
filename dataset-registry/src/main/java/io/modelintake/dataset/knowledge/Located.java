package io.modelintake.dataset.knowledge;

/** An entry together with where it came from (a bundled file, or the database), so errors can name both. */
public record Located<T>(String origin, T entry) {
}
