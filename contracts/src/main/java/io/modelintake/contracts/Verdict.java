package io.modelintake.contracts;

/** What a licence or dataset term says about one activity. */
public enum Verdict {
    ALLOWED,
    /** Allowed if the obligations of the finding are met. */
    CONDITIONAL,
    PROHIBITED,
    /** The terms are silent: a finding for a human, never a silent yes. */
    UNSPECIFIED;

    /** Order from most to least permissive, used to pick the best option of an SPDX {@code OR}. */
    public boolean isMorePermissiveThan(Verdict other) {
        return rank() < other.rank();
    }

    private int rank() {
        return switch (this) {
            case ALLOWED -> 0;
            case CONDITIONAL -> 1;
            case UNSPECIFIED -> 2;
            case PROHIBITED -> 3;
        };
    }
}
