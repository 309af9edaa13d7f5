package io.modelintake.license.evaluation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SourceRef;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.TermsLayer;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.CivitaiBaseModels;
import io.modelintake.license.knowledge.FrameworkWeights;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.knowledge.LicenseExpression;
import io.modelintake.license.knowledge.ObligationWeight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a model's source says, turned into findings: a CivitAI creator's permission flags per activity and the known
 * base models behind its versions' {@code baseModel}; a GitHub repository's code licence per activity, kept apart
 * from the weights'; the licence a Kaggle model's variation states for its weights, its base model and training data.
 * Plain Java over answers asked before (no I/O).
 */
final class SourceTerms {

    /** Builds a finding the way the evaluator does (severity policy, rule id). */
    @FunctionalInterface
    interface FindingBuilder {
        Finding build(String code, Subject subject, Activity activity, Outcome outcome, String message);
    }

    /**
     * What the source contributed: base models to walk, whether the source's own terms for the weights stand in for a
     * licence (CivitAI's flags), whether only a code licence is known (GitHub), and a description for messages.
     */
    record Contribution(List<String> baseModels, boolean weightsTermsGiven, boolean codeLicenseOnly, String origin,
            String codeLicense, String sourceUrl, String weightsLicense, List<String> datasets, String weightsStatement) {
        static final Contribution NONE = new Contribution(List.of(), false, false, null, null, null, null, List.of(), null);

        Contribution(List<String> baseModels, boolean weightsTermsGiven, boolean codeLicenseOnly, String origin,
                String codeLicense, String sourceUrl) {
            this(baseModels, weightsTermsGiven, codeLicenseOnly, origin, codeLicense, sourceUrl, null, List.of(), null);
        }
    }

    private final CivitaiBaseModels baseModels;
    private final FrameworkWeights frameworks;
    private final FindingBuilder findings;
    private final CivitaiPermissions permissions = new CivitaiPermissions();
    private final ExpressionVerdicts verdicts = new ExpressionVerdicts();

    SourceTerms(CivitaiBaseModels baseModels, FrameworkWeights frameworks, FindingBuilder findings) {
        this.baseModels = baseModels;
        this.frameworks = frameworks;
        this.findings = findings;
    }

    Contribution assess(String rootId, SourceLookup answer, List<Activity> activities, EvaluationContext context,
            KnowledgeSnapshot snapshot, List<Finding> out) {
        // a framework hub has no API of its own to ask: the knowledge says what is known of its weights
        if (answer.ref() instanceof SourceRef.FrameworkWeights weights) {
            return framework(rootId, weights, activities, context, snapshot, out);
        }
        if (answer instanceof SourceLookup.Found found && found.facts() instanceof CivitaiModel model) {
            return civitai(rootId, model, activities, out);
        }
        if (answer instanceof SourceLookup.Found found && found.facts() instanceof GithubRepository repository) {
            return github(rootId, repository, activities, context, snapshot, out);
        }
        if (answer instanceof SourceLookup.Found found && found.facts() instanceof KaggleModel model) {
            return kaggle(rootId, model, snapshot, out);
        }
        out.add(unanswered(rootId, answer));
        return Contribution.NONE;
    }

    private Contribution civitai(String rootId, CivitaiModel model, List<Activity> activities, List<Finding> out) {
        List<Citation> flagCitation = List.of(new Citation(model.pageUrl(), "CivitAI permissions of " + model.name()),
                new Citation(CivitaiPermissions.LABELS_URL, "CivitAI's labels of the permission flags"));
        for (Activity activity : activities) {
            CivitaiPermissions.Term term = permissions.termFor(model, activity);
            Outcome outcome = new Outcome(
                    term.verdict(), term.obligations(), flagCitation, ObligationWeight.LIGHT, Rule.CIVITAI_PERMISSIONS,
                    "CIVITAI_PERMISSIONS", null, term.flag());
            out.add(findings.build("CIVITAI_PERMISSIONS", new Subject(SubjectKind.MODEL, rootId, List.of(rootId)),
                    activity, outcome, "CivitAI creator's permissions for " + model.name() + " (" + model.type()
                            + ", " + term.flag() + ") on " + activity + ": " + term.verdict() + " — " + term.reading()
                            + "; the base model's licence binds as well"));
        }
        List<CivitaiModel.Version> versions = model.requestedVersions();
        Set<String> bases = new LinkedHashSet<>();
        Map<String, List<Long>> unknown = new LinkedHashMap<>();
        if (model.requestedVersionId() != null && versions.isEmpty()) {
            out.add(sourceFinding("CIVITAI_VERSION_NOT_FOUND", Severity.HIGH, rootId, null, Verdict.UNSPECIFIED,
                    "CivitAI lists no version " + model.requestedVersionId() + " of " + model.name()
                            + ": its base model, and so the licence that binds it, is unknown",
                    List.of("Name a published version of " + model.name()), model.pageUrl(),
                    Rule.CIVITAI_BASE_MODEL_KNOWN));
        }
        for (CivitaiModel.Version version : versions) {
            CivitaiBaseModels.Mapping mapping = baseModels.of(version.baseModel()).orElse(null);
            if (mapping == null) {
                unknown.computeIfAbsent(String.valueOf(version.baseModel()), k -> new ArrayList<>()).add(version.id());
                continue;
            }
            if (bases.add(mapping.model())) {
                out.add(sourceFinding("CIVITAI_BASE_MODEL_RESOLVED", Severity.INFO, rootId, null, null,
                        "CivitAI names base model '" + version.baseModel() + "' for " + model.name() + " version "
                                + version.name() + "; it is " + mapping.model() + ", whose licence binds the "
                                + (model.type() == null ? "model" : model.type()) + " whatever its creator's flags say"
                                + (mapping.note() == null ? "" : " (" + mapping.note() + ")"),
                        List.of(), baseModels.sourceUrl(), Rule.CIVITAI_BASE_MODEL_KNOWN));
            }
        }
        unknown.forEach((baseModel, versionIds) -> out.add(sourceFinding("CIVITAI_BASE_MODEL_UNKNOWN", Severity.HIGH,
                rootId, null, Verdict.UNSPECIFIED, "CivitAI names base model '" + baseModel + "' for " + model.name()
                        + " (versions " + versionIds + "); no known model stands for it, so the licence that binds it"
                        + " is unknown and must be settled by a compliance officer",
                List.of("Identify the licence of base model '" + baseModel + "' before use"), baseModels.sourceUrl(),
                Rule.CIVITAI_BASE_MODEL_KNOWN)));
        if (model.requestedVersionId() == null && versions.size() > 1) {
            out.add(sourceFinding("CIVITAI_VERSION_NOT_NAMED", Severity.INFO, rootId, null, null,
                    "No version of " + model.name() + " was named: the base models of all " + versions.size()
                            + " versions were assessed", List.of("Name the version to be used"), model.pageUrl(),
                    Rule.CIVITAI_BASE_MODEL_KNOWN));
        }
        return new Contribution(List.copyOf(bases), true, false, "civitai", null, model.pageUrl());
    }

    private Contribution github(String rootId, GithubRepository repository, List<Activity> activities,
            EvaluationContext context, KnowledgeSnapshot snapshot, List<Finding> out) {
        String fileUrl = repository.licenseFileUrl() != null ? repository.licenseFileUrl()
                : "https://github.com/" + repository.fullName();
        if (!repository.licenseRecognised()) {
            out.add(sourceFinding("CODE_LICENSE_UNRECOGNISED", Severity.WARNING, rootId, null, null,
                    repository.spdxId() == null
                            ? "GitHub detects no licence file in " + repository.fullName() + " (or it is not a public repository):"
                                    + " the code's licence is unknown"
                            : "GitHub does not recognise the licence file " + repository.licenseFile() + " of "
                                    + repository.fullName() + " (" + repository.licenseName() + "): read it",
                    List.of("Read the licence of " + repository.fullName() + "'s code"), fileUrl,
                    Rule.CODE_LICENSE_IS_NOT_WEIGHTS_LICENSE).restingOn(TermsLayer.CODE));
            return new Contribution(List.of(), false, true, "github", "unrecognised", fileUrl);
        }
        String canonical = codeFindings(rootId, repository.fullName() + " (GitHub)", repository.spdxId(), fileUrl,
                "GitHub's detection of " + repository.fullName() + "'s licence file", activities, context, snapshot, out);
        return new Contribution(List.of(), false, true, "github", canonical, fileUrl);
    }

    private Contribution kaggle(String rootId, KaggleModel model, KnowledgeSnapshot snapshot, List<Finding> out) {
        String page = model.url() != null ? model.url() : "https://www.kaggle.com/models/" + model.handle();
        if (model.licenseName() == null) {
            out.add(sourceFinding("KAGGLE_LICENSE_NOT_STATED", Severity.WARNING, rootId, null, null, "Kaggle states no"
                    + " licence for " + model.handle() + ": the weights' licence is unknown", List.of("Find the licence"
                    + " of " + model.handle() + "'s weights before use"), page, Rule.SOURCE_STATES_WEIGHTS_LICENSE));
        } else {
            out.add(sourceFinding("KAGGLE_LICENSE_STATED", Severity.INFO, rootId, null, null, "Kaggle states licence '"
                    + model.licenseName() + "' for the weights of " + model.handle() + "; it covers the weights, not"
                    + " the data they were trained on", List.of(), page, Rule.SOURCE_STATES_WEIGHTS_LICENSE));
        }
        List<String> bases = new ArrayList<>();
        String external = huggingFaceRepo(model.externalBaseModelUrl(), "https://huggingface.co/");
        if (external != null) {
            bases.add(external);
        } else if (model.externalBaseModelUrl() != null || model.baseModelHandle() != null) {
            String base = model.baseModelHandle() != null ? "Kaggle's " + model.baseModelHandle()
                    : model.externalBaseModelUrl();
            out.add(sourceFinding("KAGGLE_BASE_MODEL_NOT_FOLLOWED", Severity.WARNING, rootId, null, null, model.handle()
                    + " is a fine-tune of " + base + ", whose licence binds it as well; name it in the request so it"
                    + " is assessed", List.of("Assess the licence of base model " + base), page,
                    Rule.SOURCE_STATES_WEIGHTS_LICENSE));
        }
        List<String> datasets = model.trainingData().stream().map(data -> {
            String dataset = huggingFaceRepo(data, "https://huggingface.co/datasets/");
            return dataset != null ? dataset : data;
        }).toList();
        // Kaggle names licences for display ("Apache 2.0"): an alias of a known licence stands for it, else as written
        String license = model.licenseName() == null ? null
                : snapshot.license(model.licenseName()).map(LicenseEntry::id).orElse(model.licenseName());
        return new Contribution(bases, false, false, "kaggle", null, page, license, datasets, null);
    }

    /** {@code owner/name} of a Hugging Face page under {@code prefix}, or null for any other address. */
    private static String huggingFaceRepo(String url, String prefix) {
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        String[] parts = url.substring(prefix.length()).split("[/?#]");
        return parts.length >= 2 && !parts[0].isBlank() && !parts[1].isBlank() ? parts[0] + "/" + parts[1] : null;
    }

    private Contribution framework(String rootId, SourceRef.FrameworkWeights ref, List<Activity> activities,
            EvaluationContext context, KnowledgeSnapshot snapshot, List<Finding> out) {
        FrameworkWeights.Hub hub = frameworks.hub(ref.hub()).orElse(null);
        if (hub == null) {
            out.add(sourceFinding("FRAMEWORK_HUB_UNKNOWN", Severity.WARNING, rootId, null, null, "The knowledge holds"
                    + " nothing on the " + ref.hub() + " hub", List.of(), ref.pageUrl(), Rule.MODEL_SOURCE_AVAILABLE));
            return Contribution.NONE;
        }
        String canonical = codeFindings(rootId, hub.name(), hub.codeLicense(), hub.codeSourceUrl(),
                hub.codeNote() == null ? "code licence of " + hub.name() : hub.codeNote(), activities, context,
                snapshot, out);
        FrameworkWeights.Weights weights = frameworks.weights(ref.id()).orElse(null);
        if (weights == null) {
            out.add(sourceFinding("FRAMEWORK_WEIGHTS_UNKNOWN", Severity.WARNING, rootId, null, null, "The knowledge"
                    + " does not know " + ref.id() + ": the data it was trained on is not known; name its training"
                    + " datasets in the request", List.of("Name the training datasets of " + ref.id()), ref.pageUrl(),
                    Rule.MODEL_SOURCE_AVAILABLE));
        }
        String license = weights == null ? null : weights.license();
        return new Contribution(List.of(), false, license == null, ref.hub(), canonical, hub.weightsSourceUrl(),
                license, weights == null ? List.of() : weights.datasets(), hub.weightsStatement());
    }

    /** The code's licence per activity, each finding resting on the code; returns the canonical expression. */
    private String codeFindings(String rootId, String what, String license, String url, String clause,
            List<Activity> activities, EvaluationContext context, KnowledgeSnapshot snapshot, List<Finding> out) {
        LicenseExpression expression = snapshot.expression(license);
        String canonical = expression.canonical();
        for (Activity activity : activities) {
            Outcome outcome = verdicts.evaluate(expression, activity, context, false);
            List<Citation> citations = new ArrayList<>(outcome.citations());
            citations.add(new Citation(url, clause));
            Outcome cited = new Outcome(outcome.verdict(), outcome.obligations(), citations, outcome.weight(),
                    outcome.rule(), outcome.code(), outcome.jurisdiction(), outcome.detail());
            out.add(findings.build("CODE_" + outcome.code(),
                    new Subject(SubjectKind.LICENSE, canonical, List.of(rootId, "code", canonical)), activity, cited,
                    "Code licence " + canonical + " of " + what + " for " + activity + ": " + outcome.verdict() + " — "
                            + outcome.detail() + "; it covers the code, not the weights").restingOn(TermsLayer.CODE));
        }
        return canonical;
    }

    /** The source's code licence is all that is known: the weights' licence is not the code's. */
    Finding weightsLicenseUnknown(String rootId, Activity activity, Contribution source) {
        boolean hubSays = source.weightsStatement() != null;
        return new Finding("WEIGHTS_LICENSE_UNKNOWN", Severity.HIGH, new Subject(SubjectKind.MODEL, rootId,
                List.of(rootId, "weights")), activity, null, Verdict.UNSPECIFIED, "Only the code licence of " + rootId
                + " is known (" + source.codeLicense() + "); " + (hubSays ? "of its weights the hub says: \""
                + source.weightsStatement() + "\" " : "the weights published with it may carry their own licence or"
                + " terms (a licence file beside the weights, a model card, the training data's terms). ")
                + "Whether " + activity + " is allowed for the weights must be settled by a compliance officer,"
                + " with the training data's terms", List.of("Find the licence or terms of " + rootId
                + "'s weights before use"), List.of(new Citation(source.sourceUrl(), hubSays
                ? "the hub on its pretrained weights" : "repository licence (code)")),
                Rule.CODE_LICENSE_IS_NOT_WEIGHTS_LICENSE.name(), TermsLayer.WEIGHTS);
    }

    private static Finding unanswered(String rootId, SourceLookup answer) {
        boolean unreachable = answer instanceof SourceLookup.Unreachable;
        String reason = answer instanceof SourceLookup.Unreachable u ? u.reason()
                : answer instanceof SourceLookup.NotFound n ? n.reason() : "unexpected answer";
        return sourceFinding(unreachable ? "MODEL_SOURCE_UNREACHABLE" : "MODEL_SOURCE_NOT_FOUND",
                unreachable ? Severity.INFO : Severity.WARNING, rootId, null, null,
                (unreachable ? "The source of " + rootId + " could not be asked: " : "The source does not know "
                        + rootId + ": ") + reason + "; nothing it would have said was assumed",
                List.of(), answer.ref().pageUrl(), Rule.MODEL_SOURCE_AVAILABLE);
    }

    private static Finding sourceFinding(String code, Severity severity, String rootId, Activity activity,
            Verdict verdict, String message, List<String> obligations, String url, Rule rule) {
        return new Finding(code, severity, new Subject(SubjectKind.MODEL, rootId, List.of(rootId)), activity, null,
                verdict, message, obligations, List.of(new Citation(url, rule.name())), rule.name(), TermsLayer.WEIGHTS);
    }
}
