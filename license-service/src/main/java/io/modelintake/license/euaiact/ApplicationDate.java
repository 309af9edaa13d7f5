package io.modelintake.license.euaiact;

import java.time.LocalDate;

/** A date from which obligations apply (Art. 113, as amended), and the provision that sets it. */
public record ApplicationDate(String id, LocalDate from, Provision provision, String what) {

    /** E.g. "Applies from 2027-12-02 (Art. 113, third paragraph, point (c)(i)), not yet on 2026-12-02 ...". */
    String sentence(LocalDate asOf) {
        String pending = asOf != null && asOf.isBefore(from)
                ? ", not yet on " + asOf + " when the request was submitted" : "";
        return "Applies from " + from + " (" + provision.cite() + ")" + pending + ".";
    }
}
