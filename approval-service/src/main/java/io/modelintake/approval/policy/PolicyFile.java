package io.modelintake.approval.policy;

import java.util.List;
import java.util.Map;

/** The policy file as written; {@link RiskPolicy} validates it into typed rules. */
record PolicyFile(String version, FollowUp followUp, List<Rule> rules) {

    /** Validity of approvals and due dates of conditions, as ISO-8601 periods; see {@link FollowUpPolicy}. */
    record FollowUp(Map<String, String> approvalValidity, String reviewBefore, Map<String, String> conditionDue) {
    }

    record Rule(String id, String why, String tier, When when) {
    }

    record When(FindingCondition finding, UseCondition use) {
    }

    record FindingCondition(
            List<String> severity,
            List<String> verdict,
            List<String> subjectKind,
            List<String> activity,
            List<String> jurisdiction,
            String codeMatches,
            List<String> ruleId) {
    }

    record UseCondition(List<String> activities, List<String> jurisdictions) {
    }
}
