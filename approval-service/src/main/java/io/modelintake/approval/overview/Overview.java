package io.modelintake.approval.overview;

import java.util.List;

/**
 * The overview of one range: its charts, in page order, and the headline numbers (requests submitted, officer
 * decisions, median lead time in hours or null, re-reviews opened, conditions overdue now).
 */
public record Overview(OverviewRange range, List<Chart> charts, int submitted, int decided, Double medianLeadHours,
        int reReviews, int overdueNow) {

    public Overview {
        charts = List.copyOf(charts);
    }

    /** The median lead time as the page shows it: hours with one decimal, a dash without decisions. */
    public String medianLeadText() {
        return Chart.format(medianLeadHours);
    }
}
