package io.modelintake.intake.rest;

/** The realm roles of API.md. */
final class Roles {
    static final String ENGINEER = "ml-engineer";
    static final String OFFICER = "compliance-officer";
    static final String AUDITOR = "auditor";

    private Roles() {
    }
}
