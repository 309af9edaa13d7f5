package io.modelintake.contracts;

/** The realm roles of API.md; every endpoint is gated by them. */
public final class Roles {
    public static final String ENGINEER = "ml-engineer";
    public static final String OFFICER = "compliance-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "intake-admin";

    private Roles() {
    }
}
