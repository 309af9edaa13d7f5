package io.modelintake.license.evaluation;

import io.modelintake.license.evaluation.CivitaiModel.CommercialUse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CivitAI model read again: whether what its evaluation rests on moved at the source (the creator's permission
 * flags, which stand in for a licence there, and the base model of the versions the request named), in words for
 * the record, as {@link ModelCardChange} does for a Hub card. Other edits (name, description, downloads, new files)
 * are no reason to re-evaluate.
 */
public record CivitaiModelChange(CivitaiModel before, CivitaiModel after) {

    public boolean moved() {
        return !differences().isEmpty();
    }

    /** What moved, e.g. {@code allowCommercialUse [Image, Sell] → [Image]}. */
    public List<String> differences() {
        List<String> moved = new ArrayList<>();
        differ(moved, "allowCommercialUse", commercialUse(before), commercialUse(after));
        differ(moved, "allowDerivatives", before.allowDerivatives(), after.allowDerivatives());
        differ(moved, "allowDifferentLicense", before.allowDifferentLicense(), after.allowDifferentLicense());
        differ(moved, "allowNoCredit", before.allowNoCredit(), after.allowNoCredit());
        differ(moved, "base model", baseModels(before), baseModels(after));
        return moved;
    }

    /**
     * A short digest of the facts {@link #differences} compares: the version of the model's terms at CivitAI, which
     * names none of its own.
     */
    public static String fingerprint(CivitaiModel model) {
        String facts = commercialUse(model) + "|" + model.allowDerivatives() + "|" + model.allowDifferentLicense() + "|"
                + model.allowNoCredit() + "|" + baseModels(model);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void differ(List<String> moved, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            moved.add(what + " " + before + " → " + after);
        }
    }

    private static Set<String> commercialUse(CivitaiModel model) {
        Set<String> uses = new TreeSet<>();
        model.allowCommercialUse().stream().map(CommercialUse::name).forEach(uses::add);
        return uses;
    }

    // the versions the request named: a base model moving on another version of the model changes nothing for it
    private static Set<String> baseModels(CivitaiModel model) {
        Set<String> bases = new TreeSet<>();
        model.requestedVersions().stream().map(CivitaiModel.Version::baseModel).filter(Objects::nonNull).forEach(bases::add);
        return bases;
    }
}
