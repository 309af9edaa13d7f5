package io.modelintake.approval.config;

import io.modelintake.approval.decision.ApprovalRules;
import io.modelintake.approval.ledger.HashChain;
import io.modelintake.platform.canonical.CanonicalJson;
import io.modelintake.approval.policy.RiskPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The plain-Java decision logic as beans: the bundled risk policy (validated at start), the approval rules, the hash chain. */
@ApplicationScoped
public class DecisionLogicProducer {

    @Produces
    @ApplicationScoped
    RiskPolicy riskPolicy() {
        return RiskPolicy.loadBundled();
    }

    @Produces
    @ApplicationScoped
    ApprovalRules approvalRules() {
        return new ApprovalRules();
    }

    @Produces
    @ApplicationScoped
    HashChain hashChain() {
        return new HashChain(new CanonicalJson());
    }
}
