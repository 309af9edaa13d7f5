package io.modelintake.contracts.events;

import java.util.UUID;

/**
 * Marks a request's licence and dataset steps as run again rather than for the first time: the re-evaluation job
 * that asked (intake-service's {@code /api/reevaluations/{jobId}}) and what changed, in words, e.g. "licence
 * llama3.1 curated by bob (knowledge 3f2a+r4 → 3f2a+r5)". Carried from {@link ReevaluationRequested} through
 * {@link LicenseResolved} and {@link DatasetsAssessed} to approval-service, which compares the new outcome with the
 * decided one.
 */
public record Reevaluation(UUID jobId, String trigger) {
}
