package io.modelintake.license.euaiact;

import io.modelintake.contracts.Citation;
import io.modelintake.contracts.EuAiAct;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.license.knowledge.EuAiActMarks;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.ModelEntry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The EU AI Act screen: for a request whose jurisdictions include the EU or a member state, the findings of the
 * rules of {@link EuAiActRules} for its EU AI Act block and for what the knowledge marks about the model and each
 * model of its lineage. A function of the request, the lineage resolved, the knowledge snapshot and the rules: the
 * day the request was submitted stands in for "today", so there is no clock and no I/O.
 */
public final class EuAiActScreen {

    private final EuAiActRules rules;
    private final Jurisdictions jurisdictions;

    public EuAiActScreen(EuAiActRules rules, Jurisdictions jurisdictions) {
        this.rules = rules;
        this.jurisdictions = jurisdictions;
    }

    public String rulesVersion() {
        return rules.version();
    }

    public List<Finding> screen(ModelRequest request, Lineage lineage, KnowledgeSnapshot snapshot) {
        IntendedUse use = request.intendedUse();
        Optional<String> group = use == null ? Optional.empty() : scopeMet(use.jurisdictions());
        if (group.isEmpty()) {
            return List.of();
        }
        LocalDate asOf = request.submittedAt() == null ? null
                : LocalDate.ofInstant(request.submittedAt(), ZoneOffset.UTC);
        List<ScreenedModel> models = models(lineage, snapshot);
        Subject regulation = new Subject(SubjectKind.JURISDICTION, group.get(),
                List.of(lineage.modelId(), group.get(), rules.regulation()));
        List<Finding> findings = new ArrayList<>();
        for (ScreenRule rule : rules.rules()) {
            if (!rule.when().matches(use)) {
                continue;
            }
            if (rule.when().model() == null) {
                findings.add(finding(rule, regulation, null, use.euAiAct(), group.get(), asOf));
                continue;
            }
            for (ScreenedModel model : models) {
                if (rule.when().model().matches(model.marks())) {
                    findings.add(finding(rule, model.subject(), model.repoId(), use.euAiAct(), group.get(), asOf));
                }
            }
        }
        return findings;
    }

    /** The first scope group one of the jurisdictions belongs to ("DE" meets "EU"). */
    private Optional<String> scopeMet(List<String> requested) {
        return rules.scope().stream()
                .filter(group -> requested.stream().anyMatch(code -> jurisdictions.overlaps(code, List.of(group))))
                .findFirst();
    }

    /** The requested model, then its base models in the order the lineage walk reached them. */
    private static List<ScreenedModel> models(Lineage lineage, KnowledgeSnapshot snapshot) {
        List<ScreenedModel> models = new ArrayList<>();
        String root = lineage.modelId();
        models.add(new ScreenedModel(root, new Subject(SubjectKind.MODEL, root, List.of(root)), marks(root, snapshot)));
        for (Lineage.BaseModel base : lineage.baseModels()) {
            models.add(new ScreenedModel(base.repoId(), new Subject(SubjectKind.BASE_MODEL, base.repoId(), base.path()),
                    marks(base.repoId(), snapshot)));
        }
        return models;
    }

    private static EuAiActMarks marks(String repoId, KnowledgeSnapshot snapshot) {
        return snapshot.model(repoId).map(ModelEntry::euAiActMarks).orElse(EuAiActMarks.none());
    }

    private static Finding finding(ScreenRule rule, Subject subject, String model, EuAiAct block, String group,
            LocalDate asOf) {
        String content = block == null ? "" : block.syntheticContent().stream()
                .map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        Set<Citation> citations = new LinkedHashSet<>();
        rule.cites().forEach(provision -> citations.add(provision.citation()));
        citations.add(rule.appliesFrom().provision().citation());
        return new Finding(rule.code(), rule.severity(), subject, null, group, rule.verdict(),
                fill(rule.message(), model, content) + " " + rule.appliesFrom().sentence(asOf),
                rule.obligations().stream().map(text -> fill(text, model, content)).toList(),
                List.copyOf(citations), rule.id());
    }

    private static String fill(String text, String model, String content) {
        return text.replace("{model}", model == null ? "the model" : model).replace("{syntheticContent}", content);
    }

    private record ScreenedModel(String repoId, Subject subject, EuAiActMarks marks) {
    }
}
