package io.modelintake.approval.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/approvals/{requestId}/conditions/{n}/met}: how the condition was met, a text or a link. */
public record EvidenceRequest(@NotBlank(message = "say how the condition was met: a text or a link") @Size(max = 4000) String evidence) {
}
