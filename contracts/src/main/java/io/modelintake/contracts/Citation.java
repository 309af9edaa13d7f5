package io.modelintake.contracts;

/** Where a finding comes from: the URL of the text and the clause relied on. */
public record Citation(String url, String clause) {
}
