package io.modelintake.approval.bom;

import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.events.ApprovalDecided;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.ModelParameters;

/**
 * Builds the CycloneDX 1.6 ML-BOM of a request (API.md, {@code GET /api/requests/{id}/bom}): the requested model
 * as a {@code machine-learning-model} component with its licence, model card and the approval as
 * {@code modelintake:*} properties; its base models as further model components and its training datasets as
 * {@code data} components, linked by {@code dependencies} along the lineage; the model's {@code pedigree} names every
 * base model it derives from as an ancestor. Pure: same input, same document.
 */
public final class MlBomBuilder {

    static final String PROPERTY_PREFIX = "modelintake:";
    private static final String DATASET_REF_PREFIX = "dataset:";

    private final LicenseChoices licenses = new LicenseChoices();

    public String build(BomInput input) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(
                (input.request().id() + "|" + input.generatedAt()).getBytes(StandardCharsets.UTF_8)));
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(input.generatedAt()));
        bom.setMetadata(metadata);

        Component model = model(input);
        Map<String, Component> components = new LinkedHashMap<>();
        components.put(model.getBomRef(), model);
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        dependsOn.put(model.getBomRef(), new ArrayList<>());

        for (Lineage.BaseModel base : input.lineage().baseModels()) {
            if (base.repoId() == null || components.containsKey(base.repoId())) {
                continue;
            }
            components.put(base.repoId(), baseModel(base));
            dependsOn.put(base.repoId(), new ArrayList<>());
        }
        Ancestors ancestors = new Ancestors();
        for (Lineage.BaseModel base : input.lineage().baseModels()) {
            if (base.repoId() != null) {
                link(dependsOn, Lineages.derivedFrom(base, model.getBomRef(), components.keySet()), base.repoId());
            }
        }
        components.values().stream().skip(1).forEach(base -> ancestors.addComponent(ancestor(base)));
        if (ancestors.getComponents() != null && !ancestors.getComponents().isEmpty()) {
            Pedigree pedigree = new Pedigree();
            pedigree.setAncestors(ancestors);
            model.setPedigree(pedigree);
        }
        List<DatasetChoice> trainedOn = new ArrayList<>();
        for (Lineage.DatasetRef dataset : input.lineage().datasets()) {
            String ref = DATASET_REF_PREFIX + dataset.id();
            if (!components.containsKey(ref)) {
                components.put(ref, dataset(dataset, ref));
                dependsOn.put(ref, new ArrayList<>());
            }
            String namedBy = components.containsKey(dataset.namedBy()) ? dataset.namedBy() : model.getBomRef();
            link(dependsOn, namedBy, ref);
            if (namedBy.equals(model.getBomRef())) {
                DatasetChoice choice = new DatasetChoice();
                choice.setRef(ref);
                trainedOn.add(choice);
            }
        }
        if (!trainedOn.isEmpty()) {
            ModelParameters parameters = new ModelParameters();
            parameters.setDatasets(trainedOn);
            model.getModelCard().setModelParameters(parameters);
        }

        bom.setComponents(new ArrayList<>(components.values()));
        dependsOn.forEach((ref, refs) -> {
            Dependency dependency = new Dependency(ref);
            refs.forEach(child -> dependency.addDependency(new Dependency(child)));
            bom.addDependency(dependency);
        });
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
        } catch (GeneratorException e) {
            throw new IllegalStateException("cannot write the BOM of request " + input.request().id(), e);
        }
    }

    private Component model(BomInput input) {
        ModelSpec spec = input.request().model();
        String id = Lineages.modelName(input.request(), input.lineage());
        Component model = new Component();
        model.setType(Component.Type.MACHINE_LEARNING_MODEL);
        model.setBomRef(id);
        model.setName(id);
        if (spec.name() != null && !spec.name().equals(id)) {
            model.setDescription(spec.name());
        }
        if (spec.revision() != null && !spec.revision().isBlank()) {
            model.setVersion(spec.revision());
        }
        if ("huggingface".equalsIgnoreCase(spec.source()) && spec.repoId() != null) {
            model.setPurl(huggingFacePurl(spec.repoId(), spec.revision()));
        }
        firstNonBlank(input.lineage().licenseExpression(), spec.license())
                .flatMap(licenses::of)
                .ifPresent(model::setLicenses);
        model.setModelCard(modelCard(input));
        model.setProperties(decisionProperties(input));
        return model;
    }

    private static ModelCard modelCard(BomInput input) {
        IntendedUse use = input.request().intendedUse();
        ModelCard card = new ModelCard();
        if (use != null) {
            Considerations considerations = new Considerations();
            List<String> useCases = new ArrayList<>();
            if (use.description() != null && !use.description().isBlank()) {
                useCases.add(use.description());
            }
            use.activities().forEach(activity -> useCases.add(activity.name()));
            considerations.setUseCases(useCases);
            card.setConsiderations(considerations);
            List<Property> properties = new ArrayList<>();
            use.activities().forEach(a -> properties.add(property("activity", a.name())));
            use.jurisdictions().forEach(j -> properties.add(property("jurisdiction", j)));
            if (use.expectedMonthlyActiveUsers() != null) {
                properties.add(property("expectedMonthlyActiveUsers", use.expectedMonthlyActiveUsers().toString()));
            }
            card.setProperties(properties);
        }
        return card;
    }

    private static List<Property> decisionProperties(BomInput input) {
        List<Property> properties = new ArrayList<>();
        properties.add(property("requestId", input.request().id().toString()));
        if (input.lineage().licenseOrigin() != null) {
            properties.add(property("licenseOrigin", input.lineage().licenseOrigin()));
        }
        input.riskTier().ifPresent(tier -> properties.add(property("riskTier", tier.name())));
        properties.add(property("decision", input.decision().map(ApprovalDecided::outcome).orElse("PENDING")));
        input.decision().ifPresent(decision -> {
            properties.add(property("decidedAt", decision.decidedAt().toString()));
            decision.conditions().forEach(condition -> properties.add(property("condition", condition)));
            if (decision.outcome().startsWith("APPROVED")) {
                decision.signatures().stream()
                        .filter(signature -> !"REJECT".equals(signature.decision()))
                        .forEach(signature -> properties.add(property("approver", signature.actor())));
            }
            decision.signatures().forEach(signature -> properties.add(property("signature",
                    signature.actor() + " " + signature.decision() + " " + signature.at())));
        });
        return properties;
    }

    private Component baseModel(Lineage.BaseModel base) {
        Component component = new Component();
        component.setType(Component.Type.MACHINE_LEARNING_MODEL);
        component.setBomRef(base.repoId());
        component.setName(base.repoId());
        component.setPurl(huggingFacePurl(base.repoId(), null));
        licenses.of(base.licenseExpression()).ifPresent(component::setLicenses);
        return component;
    }

    /**
     * A base model as a pedigree ancestor: the same facts without a bom-ref, which must stay unique in the BOM and
     * belongs to the base model's own component.
     */
    private static Component ancestor(Component base) {
        Component ancestor = new Component();
        ancestor.setType(base.getType());
        ancestor.setName(base.getName());
        ancestor.setPurl(base.getPurl());
        ancestor.setLicenses(base.getLicenses());
        return ancestor;
    }

    private static Component dataset(Lineage.DatasetRef dataset, String ref) {
        Component component = new Component();
        component.setType(Component.Type.DATA);
        component.setBomRef(ref);
        component.setName(dataset.id());
        return component;
    }

    private static void link(Map<String, List<String>> dependsOn, String parent, String child) {
        List<String> children = dependsOn.get(parent);
        if (!children.contains(child)) {
            children.add(child);
        }
    }

    // purl-spec, type huggingface: pkg:huggingface/<namespace>/<name>@<revision>, case preserved.
    private static String huggingFacePurl(String repoId, String revision) {
        String purl = "pkg:huggingface/" + repoId;
        return revision == null || revision.isBlank() ? purl : purl + "@" + revision;
    }

    private static Property property(String name, String value) {
        return new Property(PROPERTY_PREFIX + name, value);
    }

    private static Optional<String> firstNonBlank(String... values) {
        return Arrays.stream(values).filter(value -> value != null && !value.isBlank()).findFirst();
    }
}
