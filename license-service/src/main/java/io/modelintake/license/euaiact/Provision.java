package io.modelintake.license.euaiact;

import io.modelintake.contracts.Citation;
import java.time.LocalDate;

/**
 * A provision a rule rests on: how it is cited ({@code Art. 50(2)}), where a finding links to, its words as read
 * (null where the text was not read), where they were read and when.
 */
public record Provision(String id, String cite, String url, String quote, String readAt, LocalDate checked) {

    /** The finding's citation: the link and the provision with its words. */
    public Citation citation() {
        return new Citation(url, quote == null ? cite : cite + ": \"" + quote + "\"");
    }
}
