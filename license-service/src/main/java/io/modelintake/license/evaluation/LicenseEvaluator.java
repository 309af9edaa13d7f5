package io.modelintake.license.evaluation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SourceRef;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.TermsLayer;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.ActivityTerm;
import io.modelintake.license.knowledge.AddendumEntry;
import io.modelintake.license.knowledge.CivitaiBaseModels;
import io.modelintake.license.knowledge.FrameworkWeights;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseExpression;
import io.modelintake.license.knowledge.ModelEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a requested model's licence and lineage and says, per intended activity, what each licence in the
 * lineage allows, forbids or leaves silent, and what an approval must carry. A function of the request, the
 * model cards handed in and the knowledge snapshot: no clock, no database, no other I/O.
 */
public final class LicenseEvaluator {

    /** Base models deeper than this are not followed (a finding says so). */
    public static final int MAX_LINEAGE_DEPTH = 8;

    private static final String OTHER = "other";

    private final SeverityPolicy severity;
    private final ExpressionVerdicts verdicts = new ExpressionVerdicts();
    private final SourceTerms sources;

    public LicenseEvaluator() {
        this(new SeverityPolicy());
    }

    public LicenseEvaluator(SeverityPolicy severity) {
        this(severity, CivitaiBaseModels.loadBundled(), FrameworkWeights.loadBundled());
    }

    /**
     * {@code civitaiBaseModels} maps CivitAI's base model names to known models, {@code frameworks} holds the framework
     * hubs' code licences and known weights (both knowledge/sources).
     */
    public LicenseEvaluator(SeverityPolicy severity, CivitaiBaseModels civitaiBaseModels, FrameworkWeights frameworks) {
        this.severity = severity;
        this.sources = new SourceTerms(civitaiBaseModels, frameworks, this::finding);
    }

    /**
     * Asks {@code source} for every model card {@link #evaluate} reads for this request and snapshot (the model's
     * repo, then its base models as the request, card or catalogue name them, to {@link #MAX_LINEAGE_DEPTH}), and
     * returns the answers for an evaluation with the same request and snapshot, which then does no I/O. The walk
     * is the evaluation's own, run once more with the answers recorded: it costs microseconds, and what is
     * gathered cannot drift from what the evaluation asks for.
     */
    public GatheredModelCards gatherCards(ModelRequest request, ModelCards source, KnowledgeSnapshot snapshot) {
        return gatherCards(request, source, notAsked(request), snapshot);
    }

    /** As {@link #gatherCards(ModelRequest, ModelCards, KnowledgeSnapshot)}, with the model's source already asked. */
    public GatheredModelCards gatherCards(ModelRequest request, ModelCards source, SourceLookup sourceAnswer,
            KnowledgeSnapshot snapshot) {
        Map<String, ModelCardLookup> answers = new LinkedHashMap<>();
        evaluate(request, repoId -> answers.computeIfAbsent(repoId, id -> ModelCards.lookUp(source, id)), sourceAnswer,
                snapshot);
        return new GatheredModelCards(answers);
    }

    /** Evaluates a request whose model's source (CivitAI, GitHub), if it names one, was not asked: it says so. */
    public LicenseEvaluation evaluate(ModelRequest request, ModelCards cards, KnowledgeSnapshot snapshot) {
        return evaluate(request, cards, notAsked(request), snapshot);
    }

    /**
     * Evaluates a request with the model cards and the answer of the model's source ({@code sourceAnswer}, null when
     * the model names no source beyond the Hub), both asked before.
     */
    public LicenseEvaluation evaluate(ModelRequest request, ModelCards cards, SourceLookup sourceAnswer,
            KnowledgeSnapshot snapshot) {
        ModelSpec spec = request.model();
        IntendedUse use = request.intendedUse() != null ? request.intendedUse()
                : new IntendedUse(List.of(), List.of(), null, null, null);
        List<Activity> activities = use.activities().isEmpty() ? List.of(Activity.values()) : use.activities();
        EvaluationContext context = new EvaluationContext(use.jurisdictions(), use.expectedMonthlyActiveUsers(),
                use.annualRevenueUsd(), Set.of(), false);
        SourceRef ref = spec.sourceReference().orElse(null);
        String rootId = ref != null ? ref.id() : firstNonBlank(spec.repoId(), spec.name(), "unnamed-model");
        List<Finding> findings = new ArrayList<>();
        Map<String, Lineage.DatasetRef> datasets = new LinkedHashMap<>();
        spec.datasets().forEach(dataset -> addDataset(datasets, dataset, rootId));

        // the requested model: licence from the request, else the card, else the catalogue
        // (the catalogue knows some GitHub repositories by owner/name, e.g. NVlabs/stylegan3, for their weights)
        ModelEntry rootEntry = snapshot.model(ref instanceof SourceRef.Github github ? github.fullName()
                : spec.repoId()).orElse(null);
        Set<String> rootBases = new LinkedHashSet<>(spec.baseModels());
        String licenseText = declaredLicense(spec.license(), spec.licenseName(), spec.licenseLink(), snapshot);
        String origin = licenseText == null ? null : "request";
        Declaration otherDeclaration = null;
        // the card is read when it is the licence's source, or the only source of the lineage of an unknown model
        if (!isBlank(spec.repoId()) && (licenseText == null || rootEntry == null)) {
            ModelCardLookup lookup = ModelCards.lookUp(cards, spec.repoId());
            if (lookup instanceof ModelCardLookup.Found found) {
                ModelCard card = found.card();
                String cardLicense = declaredLicense(card.license(), card.licenseName(), card.licenseLink(), snapshot);
                if (licenseText == null) {
                    licenseText = cardLicense;
                    origin = cardLicense == null ? null : "model-card";
                } else {
                    otherDeclaration = cardLicense == null ? null : new Declaration("model card", cardLicense);
                }
                rootBases.addAll(card.baseModels());
                card.datasets().forEach(dataset -> addDataset(datasets, dataset, rootId));
            } else {
                findings.add(cardFinding(lookup, SubjectKind.MODEL, List.of(rootId),
                        rootEntry != null || licenseText != null));
            }
        }
        // what the source says: CivitAI's permissions and base models, GitHub's code licence
        SourceTerms.Contribution fromSource = ref == null ? SourceTerms.Contribution.NONE
                : sources.assess(rootId, sourceAnswer != null ? sourceAnswer
                        : new SourceLookup.Unreachable(ref, "not asked"), activities, context, snapshot, findings);
        rootBases.addAll(fromSource.baseModels());
        fromSource.datasets().forEach(dataset -> addDataset(datasets, dataset, rootId));
        if (licenseText == null && fromSource.weightsLicense() != null) {
            licenseText = fromSource.weightsLicense(); // what the hub states for these weights
            origin = fromSource.origin();
        }
        if (rootEntry != null) {
            if (licenseText == null) {
                licenseText = rootEntry.license();
                origin = "catalogue";
            } else {
                otherDeclaration = new Declaration("catalogue", rootEntry.license());
            }
            rootBases.addAll(rootEntry.baseModels());
            rootEntry.datasets().forEach(dataset -> addDataset(datasets, dataset, rootId));
        }
        EvaluationContext rootContext = rootEntry == null ? context : context.forModel(rootEntry.flags(), true);

        String expressionText = null;
        if (licenseText == null && spec.isOwnTrainingRun()) {
            for (Activity activity : activities) {
                findings.add(ownTrainingRun(rootId, activity));
            }
        } else if (licenseText == null && fromSource.weightsTermsGiven()) {
            origin = fromSource.origin(); // the source's own terms for the weights stand in for a licence
        } else if (licenseText == null && fromSource.codeLicenseOnly()) {
            for (Activity activity : activities) {
                findings.add(sources.weightsLicenseUnknown(rootId, activity, fromSource));
            }
        } else if (licenseText == null) {
            for (Activity activity : activities) {
                findings.add(missingLicense(rootId, activity, SubjectKind.LICENSE, List.of(rootId)));
            }
        } else {
            LicenseExpression expression = snapshot.expression(licenseText);
            expressionText = expression.canonical();
            if (otherDeclaration != null) {
                addDisagreement(findings, rootId, expressionText, otherDeclaration, snapshot);
            }
            Subject subject = new Subject(SubjectKind.LICENSE, expressionText, List.of(rootId, expressionText));
            for (Activity activity : activities) {
                Outcome outcome = verdicts.evaluate(expression, activity, rootContext, false);
                findings.add(finding(outcome.code(), subject, activity, outcome,
                        licenseMessage(rootId, expressionText, activity, outcome)));
            }
        }
        addAddenda(snapshot, rootId, SubjectKind.MODEL, List.of(rootId), activities, findings);

        List<Lineage.BaseModel> baseModels = walkLineage(rootId, rootBases, cards, snapshot, context, activities,
                findings, datasets);
        Lineage lineage = new Lineage(rootId, expressionText, origin, baseModels, new ArrayList<>(datasets.values()));
        return new LicenseEvaluation(lineage, findings);
    }

    private List<Lineage.BaseModel> walkLineage(String rootId, Set<String> rootBases, ModelCards cards,
            KnowledgeSnapshot snapshot, EvaluationContext context, List<Activity> activities, List<Finding> findings,
            Map<String, Lineage.DatasetRef> datasets) {
        List<Lineage.BaseModel> reached = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(normalise(rootId));
        Deque<List<String>> pending = new ArrayDeque<>();
        for (String base : rootBases) {
            pending.add(List.of(rootId, base));
        }
        while (!pending.isEmpty()) {
            List<String> path = pending.poll();
            String repoId = path.get(path.size() - 1);
            if (isAncestor(repoId, path)) {
                findings.add(lineageFinding("LINEAGE_CYCLE", path, "base model " + repoId
                        + " is its own ancestor along " + String.join(" -> ", path) + "; not followed again"));
                continue;
            }
            if (!visited.add(normalise(repoId))) {
                continue;
            }
            if (path.size() - 1 > MAX_LINEAGE_DEPTH) {
                findings.add(lineageFinding("LINEAGE_TOO_DEEP", path, "lineage deeper than " + MAX_LINEAGE_DEPTH
                        + " base models; " + repoId + " and its ancestors were not assessed"));
                continue;
            }
            ModelEntry entry = snapshot.model(repoId).orElse(null);
            String licenseText = null;
            List<String> bases = new ArrayList<>();
            if (entry != null) {
                licenseText = entry.license();
                bases.addAll(entry.baseModels());
                entry.datasets().forEach(dataset -> addDataset(datasets, dataset, repoId));
            } else {
                ModelCardLookup lookup = ModelCards.lookUp(cards, repoId);
                if (lookup instanceof ModelCardLookup.Found found) {
                    ModelCard card = found.card();
                    licenseText = declaredLicense(card.license(), card.licenseName(), card.licenseLink(), snapshot);
                    bases.addAll(card.baseModels());
                    card.datasets().forEach(dataset -> addDataset(datasets, dataset, repoId));
                } else {
                    findings.add(cardFinding(lookup, SubjectKind.BASE_MODEL, path, false));
                }
            }
            EvaluationContext baseContext = entry == null ? context : context.forModel(entry.flags(), true);
            if (licenseText == null) {
                reached.add(new Lineage.BaseModel(repoId, null, path));
                for (Activity activity : activities) {
                    findings.add(missingLicense(repoId, activity, SubjectKind.BASE_MODEL, path));
                }
            } else {
                LicenseExpression expression = snapshot.expression(licenseText);
                String canonical = expression.canonical();
                reached.add(new Lineage.BaseModel(repoId, canonical, path));
                List<String> subjectPath = append(path, canonical);
                for (Activity activity : activities) {
                    Outcome outcome = verdicts.evaluate(expression, activity, baseContext, true);
                    if (outcome != null) {
                        String code = outcome.rule() == Rule.LICENSE_MUST_RESOLVE
                                ? "BASE_MODEL_LICENSE_UNRESOLVED" : "BASE_MODEL_RESTRICTION_FLOWS_DOWN";
                        Rule rule = outcome.rule() == Rule.LICENSE_GRANT_PER_ACTIVITY
                                ? Rule.BASE_MODEL_FLOW_DOWN : outcome.rule();
                        findings.add(finding(code, new Subject(SubjectKind.BASE_MODEL, repoId, subjectPath), activity,
                                outcome.withRule(rule, outcome.detail()),
                                "Base model " + repoId + " (" + canonical + ", reached via " + String.join(" -> ", path)
                                        + ") binds " + rootId + " for " + activity + ": " + outcome.verdict()
                                        + " — " + outcome.detail()));
                    }
                }
            }
            addAddenda(snapshot, repoId, SubjectKind.BASE_MODEL, path, activities, findings);
            for (String base : bases) {
                pending.add(append(path, base));
            }
        }
        return reached;
    }

    /** The request names one licence, the card or catalogue another: a human should see both. */
    private static void addDisagreement(List<Finding> findings, String rootId, String declared, Declaration other,
            KnowledgeSnapshot snapshot) {
        String source = other.source();
        String otherExpression = snapshot.expression(other.license()).canonical();
        if (!otherExpression.equals(declared)) {
            findings.add(new Finding("LICENSE_DECLARATIONS_DIFFER", Severity.WARNING,
                    new Subject(SubjectKind.MODEL, rootId, List.of(rootId)), null, null, null,
                    "The request declares " + declared + " for " + rootId + " but the " + source + " says "
                            + otherExpression + "; the request's licence was evaluated",
                    List.of("Confirm which licence applies to " + rootId), List.of(),
                    Rule.DECLARED_LICENCES_AGREE.name()));
        }
    }

    private void addAddenda(KnowledgeSnapshot snapshot, String repoId, SubjectKind kind, List<String> path,
            List<Activity> activities, List<Finding> findings) {
        for (AddendumEntry addendum : snapshot.addendaFor(repoId)) {
            Subject subject = new Subject(kind, repoId, append(path, addendum.id()));
            for (Activity activity : activities) {
                ActivityTerm term = addendum.activities().get(activity);
                if (term == null) {
                    continue;
                }
                String code = term.verdict() == Verdict.ALLOWED
                        ? "LICENSE_ADDENDUM_PERMITS_ACTIVITY" : "LICENSE_ADDENDUM_RESTRICTS_ACTIVITY";
                Outcome outcome = new Outcome(term.verdict(), term.obligations(),
                        List.of(ExpressionVerdicts.citation(addendum.sourceUrl(), term.clause(), term.quote())),
                        term.weight(), Rule.MODEL_ADDENDUM, code, null, addendum.name());
                findings.add(finding(code, subject, activity, outcome, "Addendum '" + addendum.name() + "' of "
                        + repoId + " on top of its licence: " + activity + " is " + term.verdict()));
            }
        }
    }

    /** A finding on the weights' terms (a model's licence, addendum or source permissions). */
    private Finding finding(String code, Subject subject, Activity activity, Outcome outcome, String message) {
        return new Finding(code, severity.severityOf(outcome.verdict(), outcome.weight()), subject, activity,
                outcome.jurisdiction(), outcome.verdict(), message, outcome.obligations(), outcome.citations(),
                outcome.rule().name(), TermsLayer.WEIGHTS);
    }

    /** The model names a source (CivitAI, GitHub) but no answer was handed in: it counts as unreachable. */
    private static SourceLookup notAsked(ModelRequest request) {
        return request.model().sourceReference()
                .<SourceLookup>map(ref -> new SourceLookup.Unreachable(ref, "not asked before the evaluation"))
                .orElse(null);
    }

    private static String licenseMessage(String model, String expression, Activity activity, Outcome outcome) {
        return "Licence " + expression + " of " + model + " for " + activity
                + (outcome.jurisdiction() == null ? "" : " in " + outcome.jurisdiction()) + ": " + outcome.verdict()
                + " — " + outcome.detail();
    }

    private Finding missingLicense(String repoId, Activity activity, SubjectKind kind, List<String> path) {
        return new Finding("LICENSE_MISSING", Severity.HIGH, new Subject(kind, repoId, path), activity, null,
                Verdict.UNSPECIFIED, "No licence could be found for " + repoId + " (request, model card and catalogue"
                + " are silent); whether " + activity + " is allowed must be settled by a compliance officer",
                List.of("Identify the licence of " + repoId + " before use"), List.of(),
                Rule.LICENSE_MUST_RESOLVE.name(), TermsLayer.WEIGHTS);
    }

    private static Finding ownTrainingRun(String rootId, Activity activity) {
        return new Finding("OWN_TRAINING_RUN", Severity.INFO, new Subject(SubjectKind.MODEL, rootId, List.of(rootId)),
                activity, null, Verdict.ALLOWED, rootId + " is the company's own training run: no third-party model"
                + " licence binds it for " + activity + "; its base models and training data are assessed separately",
                List.of(), List.of(), Rule.OWN_TRAINING_RUN.name());
    }

    private static Finding cardFinding(ModelCardLookup lookup, SubjectKind kind, List<String> path,
            boolean catalogueKnowsIt) {
        boolean unreachable = lookup instanceof ModelCardLookup.Unreachable;
        String reason = unreachable ? ((ModelCardLookup.Unreachable) lookup).reason()
                : ((ModelCardLookup.NotFound) lookup).reason();
        String code = unreachable ? "MODEL_CARD_UNREACHABLE" : "MODEL_CARD_NOT_FOUND";
        Severity level = catalogueKnowsIt ? Severity.INFO : Severity.WARNING;
        return new Finding(code, level, new Subject(kind, lookup.repoId(), path), null, null, null,
                "Model card of " + lookup.repoId() + (unreachable ? " could not be read: " : " was not found: ")
                        + reason + (catalogueKnowsIt ? "; the known-models catalogue was used instead" : ""),
                List.of(), List.of(new Citation("https://huggingface.co/" + lookup.repoId(), "model card")),
                Rule.MODEL_CARD_AVAILABLE.name());
    }

    private static Finding lineageFinding(String code, List<String> path, String message) {
        return new Finding(code, Severity.WARNING, new Subject(SubjectKind.BASE_MODEL, path.get(path.size() - 1),
                path), null, null, null, message, List.of(), List.of(), Rule.LINEAGE_BOUNDED.name());
    }

    /**
     * The licence as declared: a tag, id or expression; Hugging Face's {@code other} is resolved through its
     * {@code license_name}, then its {@code license_link}, and stays an unresolved name when neither is known.
     */
    private static String declaredLicense(String license, String licenseName, String licenseLink,
            KnowledgeSnapshot snapshot) {
        boolean other = license != null && license.trim().equalsIgnoreCase(OTHER);
        if (!isBlank(license) && !other) {
            return license.trim();
        }
        if (!isBlank(licenseName) && snapshot.license(licenseName).isPresent()) {
            return licenseName.trim();
        }
        if (!isBlank(licenseLink) && snapshot.license(licenseLink).isPresent()) {
            return licenseLink.trim();
        }
        if (!isBlank(licenseName)) {
            return licenseName.trim();
        }
        if (!isBlank(licenseLink)) {
            return licenseLink.trim();
        }
        return other ? OTHER : null;
    }

    private static void addDataset(Map<String, Lineage.DatasetRef> datasets, String dataset, String namedBy) {
        if (!isBlank(dataset)) {
            datasets.putIfAbsent(normalise(dataset), new Lineage.DatasetRef(dataset.trim(), namedBy));
        }
    }

    private static boolean isAncestor(String repoId, List<String> path) {
        for (int i = 0; i < path.size() - 1; i++) {
            if (path.get(i).equalsIgnoreCase(repoId)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> append(List<String> path, String element) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(element);
        return List.copyOf(longer);
    }

    private static String normalise(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!isBlank(candidate)) {
                return candidate.trim();
            }
        }
        return null;
    }

    /** A licence as some source states it (the model card or the catalogue). */
    private record Declaration(String source, String license) {
    }
}
