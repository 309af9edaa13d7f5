package io.modelintake.dataset.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a dataset's content came from (Flickr, the web via Common Crawl, Wikipedia, model outputs, …) and the
 * terms of the works there. {@code activities} may name single activities; {@code defaultTerm} covers the rest.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DataSourceEntry(
        String id,
        String name,
        String license,
        String termsText,
        TermsKind termsKind,
        Set<ContentFlag> flags,
        ActivityTerm defaultTerm,
        Map<Activity, ActivityTerm> activities,
        List<OptOut> optOuts,
        String sourceUrl,
        List<String> moreUrls,
        LocalDate checked,
        String note) {

    public DataSourceEntry {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        activities = activities == null ? Map.of() : Map.copyOf(activities);
        optOuts = optOuts == null ? List.of() : List.copyOf(optOuts);
        moreUrls = moreUrls == null ? List.of() : List.copyOf(moreUrls);
    }

    public Optional<ActivityTerm> termFor(Activity activity) {
        return Optional.ofNullable(activities.getOrDefault(activity, defaultTerm));
    }
}
