package io.modelintake.dataset.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dataset as the registry knows it. {@code license} is an SPDX expression or a {@code LicenseRef-};
 * {@code termsText} quotes the terms of access where they are not a licence. {@code activities} holds the
 * verdict of the dataset's own terms for each of the eight activities, for the party the terms bind.
 * {@code sources} are ids of {@link DataSourceEntry data sources} the data came from (lineage).
 * {@code withdrawalReason} says why a WITHDRAWN or RETRACTED dataset was taken down. {@code datasetTypes} and
 * {@code availability} are what the dataset card (at {@code sourceUrl} or {@code moreUrls}) says of its modality and of
 * how it is obtained, in the words of SPDX 3.0.1's Dataset profile ({@code dataset_datasetType},
 * {@code dataset_datasetAvailability}); left out where the card does not say.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DatasetEntry(
        String id,
        String name,
        List<String> aliases,
        String license,
        String termsText,
        TermsKind termsKind,
        DatasetStatus status,
        String statusNote,
        WithdrawalReason withdrawalReason,
        Set<ContentFlag> flags,
        List<String> sources,
        Map<Activity, ActivityTerm> activities,
        String sourceUrl,
        List<String> moreUrls,
        LocalDate checked,
        String note,
        List<String> datasetTypes,
        String availability) {

    /** SPDX 3.0.1 {@code dataset_DatasetType}. */
    public static final Set<String> DATASET_TYPES = Set.of("structured", "numeric", "text", "categorical", "graph",
            "timeseries", "timestamp", "sensor", "image", "syntactic", "audio", "video", "other", "noAssertion");
    /** SPDX 3.0.1 {@code dataset_DatasetAvailabilityType}. */
    public static final Set<String> AVAILABILITIES = Set.of("clickthrough", "directDownload", "query", "registration",
            "scrapingScript");

    public DatasetEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        sources = sources == null ? List.of() : List.copyOf(sources);
        activities = activities == null ? Map.of() : Map.copyOf(activities);
        moreUrls = moreUrls == null ? List.of() : List.copyOf(moreUrls);
        status = status == null ? DatasetStatus.AVAILABLE : status;
        datasetTypes = datasetTypes == null ? List.of() : List.copyOf(datasetTypes);
    }

    /** An entry that says nothing of its modality and availability. */
    public DatasetEntry(String id, String name, List<String> aliases, String license, String termsText,
            TermsKind termsKind, DatasetStatus status, String statusNote, WithdrawalReason withdrawalReason,
            Set<ContentFlag> flags, List<String> sources, Map<Activity, ActivityTerm> activities, String sourceUrl,
            List<String> moreUrls, LocalDate checked, String note) {
        this(id, name, aliases, license, termsText, termsKind, status, statusNote, withdrawalReason, flags, sources,
                activities, sourceUrl, moreUrls, checked, note, null, null);
    }

    public boolean has(ContentFlag flag) {
        return flags.contains(flag);
    }

    @JsonIgnore
    public boolean isWithdrawnOrRetracted() {
        return status != DatasetStatus.AVAILABLE;
    }
}
