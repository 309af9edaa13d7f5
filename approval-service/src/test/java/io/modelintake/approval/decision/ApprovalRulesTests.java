package io.modelintake.approval.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ApprovalRulesTests {

    // The demo realm of API.md: frank is both ml-engineer and compliance-officer.
    private static final Map<String, Set<String>> ROLES = Map.of(
            "alice", Set.of("ml-engineer"),
            "bob", Set.of("compliance-officer"),
            "dave", Set.of("compliance-officer"),
            "carol", Set.of("auditor"),
            "erin", Set.of("intake-admin"),
            "frank", Set.of("ml-engineer", "compliance-officer"));

    private static final Instant OPENED = Instant.parse("2026-11-26T09:00:00Z");
    private static final UUID REQUEST = UUID.fromString("7d4c1f0e-1b7a-4f7e-9a59-5c6a3e1d2b10");

    private final ApprovalRules rules = new ApprovalRules();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/approval-scenarios.csv", delimiter = '|', numLinesToSkip = 1)
    void playsTheScenario(String name, RiskTier tier, String requester, String steps, TaskState state,
            String refusal, String signers, String conditions) {
        ApprovalTask task = open(tier, requester);
        List<String> all = steps == null ? List.of() : Arrays.stream(steps.split(";")).map(String::strip).toList();
        DecisionOutcome last = null;
        for (int i = 0; i < all.size(); i++) {
            last = apply(task, all.get(i), OPENED.plus(Duration.ofMinutes(i + 1)));
            if (i < all.size() - 1) {
                assertThat(last).as("%s: step %d '%s'", name, i + 1, all.get(i))
                        .isInstanceOf(DecisionOutcome.Accepted.class);
            }
            if (last instanceof DecisionOutcome.Accepted accepted) {
                task = accepted.task();
            }
        }

        if ("-".equals(refusal)) {
            assertThat(last == null || last instanceof DecisionOutcome.Accepted)
                    .as("%s: last step accepted, was %s", name, last).isTrue();
        } else {
            assertThat(last).as("%s: last step refused", name).isInstanceOf(DecisionOutcome.Refused.class);
            assertThat(((DecisionOutcome.Refused) last).reason()).as("%s: refusal", name)
                    .isEqualTo(Refusal.valueOf(refusal));
        }
        assertThat(task.state()).as("%s: state", name).isEqualTo(state);
        assertThat(task.signatures()).extracting(Signature::actor).as("%s: signers", name)
                .containsExactlyElementsOf(list(signers));
        assertThat(task.conditions()).as("%s: conditions", name).containsExactlyElementsOf(list(conditions));
    }

    @Test
    void firstOfTwoApprovalsIsRecordedButNotSettled() {
        DecisionOutcome outcome = rules.decide(open(RiskTier.HIGH, "alice"), "bob", ROLES.get("bob"),
                new DecisionInput(Decision.APPROVE, "Licence allows internal use; dataset terms reviewed", null),
                OPENED.plusSeconds(60));

        assertThat(outcome).isInstanceOfSatisfying(DecisionOutcome.Accepted.class, accepted -> {
            assertThat(accepted.settled()).isFalse();
            assertThat(accepted.task().awaitsSecondApproval()).isTrue();
            assertThat(accepted.task().approvers()).containsExactly("bob");
            assertThat(accepted.task().toApprovalDecided()).isEmpty();
            assertThat(accepted.task().decisionSequence()).isZero();
            assertThat(accepted.task().decidedAt()).isEmpty();
        });
    }

    @Test
    void finalApprovalIsSettledAndBecomesTheDecidedEvent() {
        ApprovalTask task = accept(open(RiskTier.HIGH, "alice"), "bob",
                new DecisionInput(Decision.APPROVE_WITH_CONDITIONS, "Naming obligation", List.of("Built with Llama")),
                OPENED.plusSeconds(60)).task();
        DecisionOutcome.Accepted second = accept(task, "dave",
                new DecisionInput(Decision.APPROVE, "Agree with bob", null), OPENED.plusSeconds(120));

        assertThat(second.settled()).isTrue();
        ApprovalDecided event = second.task().toApprovalDecided().orElseThrow();
        assertThat(event.outcome()).isEqualTo("APPROVED_WITH_CONDITIONS");
        assertThat(event.riskTier()).isEqualTo(RiskTier.HIGH);
        assertThat(event.conditions()).containsExactly("Built with Llama");
        assertThat(event.decidedAt()).isEqualTo(OPENED.plusSeconds(120));
        assertThat(event.sequence()).as("the request's first final decision").isEqualTo(1);
        assertThat(event.signatures()).extracting(ApprovalDecided.Signature::actor, ApprovalDecided.Signature::decision)
                .containsExactly(
                        tuple("bob", "APPROVE_WITH_CONDITIONS"),
                        tuple("dave", "APPROVE"));
    }

    @Test
    void prohibitedTaskIsRejectedByThePolicyNamingItsRules() {
        ApprovalTask task = open(RiskTier.PROHIBITED, "alice");

        assertThat(task.state()).isEqualTo(TaskState.REJECTED);
        assertThat(task.isExceptionOpen()).isTrue();
        assertThat(task.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.isByPolicy()).isTrue();
            assertThat(signature.decision()).isEqualTo(Decision.REJECT);
            assertThat(signature.justification()).contains("BLOCKER_FINDING [LICENSE_ADDENDUM_RESTRICTS_ACTIVITY]");
        });
        assertThat(task.toApprovalDecided()).get().extracting(ApprovalDecided::outcome, ApprovalDecided::sequence)
                .containsExactly("REJECTED", 1L);
        assertThat(task.proposedConditions()).containsExactly("Attribution", "Include the licence text");
    }

    @Test
    void grantedExceptionSettlesAnApproval() {
        ApprovalTask task = accept(open(RiskTier.PROHIBITED, "alice"), "bob",
                new DecisionInput(Decision.GRANT_EXCEPTION, "Author granted API use in writing", null),
                OPENED.plusSeconds(60)).task();
        assertThat(task.awaitsSecondApproval()).isTrue();
        assertThat(task.toApprovalDecided()).get().satisfies(stillRejected -> {
            assertThat(stillRejected.outcome()).isEqualTo("REJECTED");
            assertThat(stillRejected.decidedAt()).as("set by the policy").isEqualTo(OPENED);
            assertThat(stillRejected.conditions()).isEmpty();
            assertThat(stillRejected.sequence()).as("nothing new announced").isEqualTo(1);
        });

        DecisionOutcome.Accepted second = accept(task, "dave",
                new DecisionInput(Decision.GRANT_EXCEPTION, "Permission letter checked", null), OPENED.plusSeconds(90));

        assertThat(second.settled()).isTrue();
        assertThat(second.task().state()).isEqualTo(TaskState.APPROVED);
        assertThat(second.task().isOpen()).isFalse();
        assertThat(second.task().decidedAt()).contains(OPENED.plusSeconds(90));
        assertThat(second.task().toApprovalDecided()).get().extracting(ApprovalDecided::sequence)
                .as("newer than the policy's rejection").isEqualTo(2L);
    }

    @Test
    void anOfficersRejectionClosingTheExceptionPathIsANewerDecision() {
        DecisionOutcome.Accepted rejected = accept(open(RiskTier.PROHIBITED, "alice"), "bob",
                new DecisionInput(Decision.REJECT, "No permission from the author", null), OPENED.plusSeconds(60));

        assertThat(rejected.settled()).isTrue();
        assertThat(rejected.task().toApprovalDecided()).get()
                .extracting(ApprovalDecided::outcome, ApprovalDecided::sequence)
                .containsExactly("REJECTED", 2L);
    }

    @Test
    void aTaskStoredBeforeDecisionsWereNumberedReadsAsNoneAnnounced() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        ApprovalTask pending = open(RiskTier.LOW, "alice");
        String stored = mapper.writeValueAsString(pending).replace(",\"decisionSequence\":0", "");
        assertThat(stored).doesNotContain("decisionSequence");

        ApprovalTask read = mapper.readValue(stored, ApprovalTask.class);

        assertThat(read.decisionSequence()).isZero();
        assertThat(accept(read, "bob", new DecisionInput(Decision.APPROVE, "Fine", null), OPENED.plusSeconds(60))
                .task().toApprovalDecided()).get().extracting(ApprovalDecided::sequence).isEqualTo(1L);
    }

    @Test
    void taskSurvivesAJsonRoundTripForStorage() throws Exception {
        ApprovalTask task = accept(open(RiskTier.PROHIBITED, "alice"), "bob",
                new DecisionInput(Decision.GRANT_EXCEPTION, "Author's permission", List.of("Show the permission")),
                OPENED.plusSeconds(60)).task();
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();

        ApprovalTask read = mapper.readValue(mapper.writeValueAsString(task), ApprovalTask.class);

        assertThat(read).isEqualTo(task);
        assertThat(read.awaitsSecondApproval()).isTrue();
    }

    @Test
    void refusalsCarryTheirHttpStatus() {
        assertThat(Refusal.OWN_REQUEST.httpStatus()).isEqualTo(403);
        assertThat(Refusal.ALREADY_DECIDED.httpStatus()).isEqualTo(409);
        assertThat(Refusal.ALREADY_SIGNED.httpStatus()).isEqualTo(409);
        assertThat(Refusal.JUSTIFICATION_REQUIRED.httpStatus()).isEqualTo(400);
        assertThat(Refusal.CONDITIONS_REQUIRED.httpStatus()).isEqualTo(400);
    }

    private DecisionOutcome.Accepted accept(ApprovalTask task, String actor, DecisionInput input, Instant at) {
        DecisionOutcome outcome = rules.decide(task, actor, ROLES.get(actor), input, at);
        assertThat(outcome).isInstanceOf(DecisionOutcome.Accepted.class);
        return (DecisionOutcome.Accepted) outcome;
    }

    /** A step reads {@code actor DECISION [nojust] [c=condition]...}. */
    private DecisionOutcome apply(ApprovalTask task, String step, Instant at) {
        String[] parts = step.split(" c=", -1);
        String[] head = parts[0].strip().split("\\s+");
        boolean withJustification = !(head.length > 2 && head[2].equals("nojust"));
        List<String> conditions = new ArrayList<>(Arrays.asList(parts).subList(1, parts.length));
        DecisionInput input = new DecisionInput(Decision.valueOf(head[1]),
                withJustification ? "Reviewed the findings and their sources" : " ", conditions);
        return rules.decide(task, head[0], ROLES.get(head[0]), input, at);
    }

    private static ApprovalTask open(RiskTier tier, String requester) {
        List<FiredRule> fired = tier == RiskTier.PROHIBITED
                ? List.of(new FiredRule("BLOCKER_FINDING", "a blocker", RiskTier.PROHIBITED,
                        List.of("LICENSE_ADDENDUM_RESTRICTS_ACTIVITY")))
                : List.of();
        return ApprovalTask.open(REQUEST, requester, new RiskAssessment(tier, fired, "test"),
                List.of("Attribution", "Include the licence text", "Attribution"), OPENED);
    }

    private static List<String> list(String commaSeparated) {
        return "-".equals(commaSeparated) ? List.of() : Arrays.stream(commaSeparated.split(",")).toList();
    }
}
