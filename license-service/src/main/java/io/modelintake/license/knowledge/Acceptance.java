package io.modelintake.license.knowledge;

/**
 * A licence that binds by click-through ("By clicking 'I Accept' …"): the clause of the licence that says so and,
 * where the text is stored, its words verbatim. Whoever clicks binds whoever they act for, so the company records
 * its own acceptance of each version of the text (approval-service, {@code /api/license-acceptances}).
 */
public record Acceptance(String clause, String quote) {
}
