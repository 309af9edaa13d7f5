package io.modelintake.license.evaluation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.evaluation.CivitaiModel.CommercialUse;
import java.util.ArrayList;
import java.util.List;

/**
 * What a CivitAI creator's permission flags say about each activity. CivitAI shows the flags as "This model permits
 * users to:" followed by the labels quoted below (its PermissionIndicator component, {@link #LABELS_URL}); an activity
 * the labels do not speak to is {@link Verdict#UNSPECIFIED}, never a silent yes. These are the creator's terms only:
 * the licence of the base model the version was trained on binds as well, whatever the flags say.
 */
public final class CivitaiPermissions {

    /** Where CivitAI's own labels for the flags are written. */
    public static final String LABELS_URL =
            "https://github.com/civitai/civitai/blob/main/src/components/PermissionIndicator/PermissionIndicator.tsx";

    static final String NO_CREDIT = "Use the model without crediting the creator";
    static final String SELL_IMAGES = "Sell images they generate";
    static final String RENT = "Run on services that generate images for money";
    static final String RENT_CIVIT = "Run on Civitai";
    static final String SHARE_MERGES = "Share merges using this model";
    static final String SELL_MODEL = "Sell this model or merges using this model";
    static final String DIFFERENT_PERMISSIONS = "Have different permissions when sharing merges";

    /** One activity under the flags: the verdict, what an approval must carry, and the flag it rests on. */
    public record Term(Verdict verdict, List<String> obligations, String flag, String reading) {
        public Term {
            obligations = List.copyOf(obligations);
        }
    }

    public Term termFor(CivitaiModel model, Activity activity) {
        boolean sellImages = model.allowCommercialUse().contains(CommercialUse.Image);
        boolean rent = model.allowCommercialUse().contains(CommercialUse.Rent);
        boolean rentCivit = model.allowCommercialUse().contains(CommercialUse.RentCivit);
        boolean sellModel = model.allowCommercialUse().contains(CommercialUse.Sell);
        List<String> credit = model.allowNoCredit() ? List.of()
                : List.of("Credit the creator" + (model.creator() == null ? "" : " (" + model.creator() + ")")
                        + " wherever the model or its work is published: CivitAI does not permit '" + NO_CREDIT + "'");
        return switch (activity) {
            case INTERNAL_RESEARCH -> new Term(Verdict.ALLOWED, List.of(), "allowCommercialUse",
                    "no flag restricts private, non-commercial use");
            case INTERNAL_TOOL -> model.allowCommercialUse().isEmpty()
                    ? new Term(Verdict.UNSPECIFIED, List.of(), "allowCommercialUse: None",
                            "no commercial use is permitted, and the flags do not say whether use inside a company"
                                    + " counts as commercial: an officer must decide")
                    : new Term(Verdict.ALLOWED, List.of(), "allowCommercialUse: " + model.allowCommercialUse(),
                            "some commercial use is permitted, so use inside the company is");
            case COMMERCIAL_PRODUCT -> rent || sellModel
                    ? permitted(credit, "allowCommercialUse: " + (rent ? "Rent" : "Sell"),
                            "'" + (rent ? RENT : SELL_MODEL) + "' is permitted")
                    : new Term(Verdict.PROHIBITED, List.of(), "allowCommercialUse: " + model.allowCommercialUse(),
                            "neither '" + RENT + "' nor '" + SELL_MODEL + "' is permitted");
            case SERVE_AS_API -> rent
                    ? permitted(credit, "allowCommercialUse: Rent", "'" + RENT + "' is permitted")
                    : new Term(Verdict.PROHIBITED, List.of(), "allowCommercialUse: " + model.allowCommercialUse(),
                            "'" + RENT + "' is not permitted" + (rentCivit ? " (only '" + RENT_CIVIT + "' is)" : ""));
            case SELL_OUTPUTS -> sellImages
                    ? permitted(credit, "allowCommercialUse: Image", "'" + SELL_IMAGES + "' is permitted")
                    : new Term(Verdict.PROHIBITED, List.of(), "allowCommercialUse: " + model.allowCommercialUse(),
                            "'" + SELL_IMAGES + "' is not permitted");
            case REDISTRIBUTE_WEIGHTS -> sellModel
                    ? permitted(credit, "allowCommercialUse: Sell", "'" + SELL_MODEL + "' is permitted")
                    : new Term(Verdict.UNSPECIFIED, List.of(), "allowCommercialUse: " + model.allowCommercialUse(),
                            "'" + SELL_MODEL + "' is not permitted and no flag speaks of giving the model away:"
                                    + " ask the creator");
            case FINE_TUNE, DISTILL -> derivatives(model, credit);
        };
    }

    private static Term derivatives(CivitaiModel model, List<String> credit) {
        if (!model.allowDerivatives()) {
            return new Term(Verdict.CONDITIONAL, List.of("Keep models derived from it private: CivitAI does not"
                    + " permit '" + SHARE_MERGES + "'"), "allowDerivatives: false",
                    "'" + SHARE_MERGES + "' is not permitted; deriving for one's own use is not addressed beyond that");
        }
        List<String> obligations = new ArrayList<>(credit);
        if (!model.allowDifferentLicense()) {
            obligations.add("Share derived models only with the same permissions: CivitAI does not permit '"
                    + DIFFERENT_PERMISSIONS + "'");
        }
        return permitted(obligations, "allowDerivatives: true", "'" + SHARE_MERGES + "' is permitted");
    }

    private static Term permitted(List<String> obligations, String flag, String reading) {
        return new Term(obligations.isEmpty() ? Verdict.ALLOWED : Verdict.CONDITIONAL, obligations, flag, reading);
    }
}
