package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Activity;
import java.util.List;

/**
 * What one assessment is about. {@code trainsItself}: the company trains on the data (its own training run, or
 * it asked to FINE_TUNE), so terms accepted at download and licences of the works bind it directly; otherwise it
 * uses weights someone else trained.
 */
record Assessment(boolean trainsItself, List<Activity> activities, List<String> jurisdictions) {
}
