package io.modelintake.license.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A model card read again: whether what the licence resolution rests on moved at the source (the licence tag, its
 * {@code other} name and link, the base models), in words for the record. Other edits of the card (its README, tags,
 * downloads) are no reason to re-evaluate.
 */
public record ModelCardChange(ModelCard before, ModelCard after) {

    public boolean moved() {
        return !differences().isEmpty();
    }

    /** What moved, e.g. {@code licence apache-2.0 → mit}. */
    public List<String> differences() {
        List<String> moved = new ArrayList<>();
        differ(moved, "licence", before.license(), after.license());
        differ(moved, "licence name", before.licenseName(), after.licenseName());
        differ(moved, "licence link", before.licenseLink(), after.licenseLink());
        if (!ids(before.baseModels()).equals(ids(after.baseModels()))) {
            moved.add("base models " + before.baseModels() + " → " + after.baseModels());
        }
        return moved;
    }

    private static void differ(List<String> moved, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            moved.add(what + " " + before + " → " + after);
        }
    }

    // Hub repo ids compare without regard to case, and the order of base models means nothing
    private static Set<String> ids(List<String> repoIds) {
        return repoIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
