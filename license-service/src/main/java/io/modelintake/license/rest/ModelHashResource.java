package io.modelintake.license.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.license.client.CivitaiClient;
import io.modelintake.license.evaluation.CivitaiModel;
import io.modelintake.license.knowledge.CivitaiBaseModels;
import io.modelintake.license.knowledge.ModelEntry;
import io.modelintake.license.service.LicenseKnowledgeService;
import io.modelintake.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * What an unknown weights file is: its SHA-256 looked up at CivitAI (its by-hash lookup), answered with the model and
 * version it belongs to, the creator's permission flags, and the known base model whose licence binds it. An
 * auditor's question about a {@code .safetensors} found on a disk, answered without a request.
 */
@Path("/api/models/by-hash/{sha256}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ModelHashResource {

    private final CivitaiClient civitai;
    private final LicenseKnowledgeService knowledge;
    private final CivitaiBaseModels baseModels;

    public ModelHashResource(CivitaiClient civitai, LicenseKnowledgeService knowledge, CivitaiBaseModels baseModels) {
        this.civitai = civitai;
        this.knowledge = knowledge;
        this.baseModels = baseModels;
    }

    /** The file's model at CivitAI, by its SHA-256 (64 hexadecimal digits, either case). */
    @GET
    public FileIdentity identify(@PathParam("sha256") String sha256) {
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw ProblemException.badRequest("sha256 must be 64 hexadecimal digits, the SHA-256 of the file");
        }
        CivitaiClient.HashLookup answer = civitai.byHash(sha256);
        if (answer instanceof CivitaiClient.HashLookup.Found found) {
            return identity(sha256, found.model(), found.fileName());
        }
        if (answer instanceof CivitaiClient.HashLookup.NotFound notFound) {
            throw ProblemException.notFound(notFound.reason());
        }
        throw new ProblemException(503, "Source unavailable", "CivitAI could not be asked: "
                + ((CivitaiClient.HashLookup.Unreachable) answer).reason() + "; try again later");
    }

    private FileIdentity identity(String sha256, CivitaiModel model, String fileName) {
        CivitaiModel.Version version = model.requestedVersions().stream().findFirst().orElse(null);
        String baseModel = version == null ? null : version.baseModel();
        CivitaiBaseModels.Mapping mapping = baseModels.of(baseModel).orElse(null);
        ModelEntry known = mapping == null ? null : knowledge.current().model(mapping.model()).orElse(null);
        return new FileIdentity(sha256.toUpperCase(java.util.Locale.ROOT), fileName, "civitai", "civitai:" + model.id()
                + (version == null ? "" : "@" + version.id()), model.pageUrl(), model.name(), model.type(),
                version == null ? null : version.name(), model.creator(),
                new Permissions(model.allowCommercialUse().stream().map(Enum::name).collect(
                        java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), model.allowDerivatives(),
                        model.allowDifferentLicense(), model.allowNoCredit()),
                baseModel, known == null ? null : known.repoId(), known == null ? null : known.license(),
                known == null ? "no known model stands for base model '" + baseModel + "': its licence is unknown"
                        : "the licence of " + known.repoId() + " binds this file whatever its creator's permissions say");
    }

    /** What the file is, where it comes from, and which licence binds it. */
    public record FileIdentity(String sha256, String fileName, String source, String sourceRef, String url,
            String modelName, String modelType, String versionName, String creator, Permissions permissions,
            String baseModel, String knownBaseModel, String baseModelLicense, String note) {
    }

    /** The creator's permission flags as CivitAI states them. */
    public record Permissions(Set<String> allowCommercialUse, boolean allowDerivatives, boolean allowDifferentLicense,
            boolean allowNoCredit) {
    }
}
