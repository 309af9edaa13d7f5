package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.approval.audit.LedgerQuery;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.rest.ApprovalSummary;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditFilterTests {

    @Test
    void thePeriodIsWholeUtcDaysWithTheLastIncluded() {
        LedgerQuery query = AuditFilter.of("2026-11-01", "2026-11-26", " llama ", "alice").ledgerQuery();

        assertThat(query.from()).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(query.to()).contains(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(query.model()).contains("llama");
        assertThat(query.requester()).contains("alice");
        assertThat(query.requestId()).isEmpty();
    }

    @Test
    void anEmptySearchCoversEverything() {
        AuditFilter filter = AuditFilter.of(null, "", null, " ");

        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter.ledgerQuery()).isEqualTo(new LedgerQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(filter.exportQuery("csv")).isEqualTo("format=csv");
    }

    @Test
    void exportLinksCarryTheSearchEncoded() {
        assertThat(AuditFilter.of("2026-11-01", "", "Juggernaut XL&v9", "").exportQuery("ndjson"))
                .isEqualTo("format=ndjson&from=2026-11-01&model=Juggernaut+XL%26v9");
    }

    @Test
    void refusesADateTheDateFieldWouldNotSend() {
        assertThatThrownBy(() -> AuditFilter.of("26/11/2026", null, null, null))
                .isInstanceOf(PageException.class).hasMessageContaining("from must be a date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no filter|'' |''|''|''|true
            in the period|2026-11-26|2026-11-26|''|''|true
            before the period|2026-11-27|''|''|''|false
            after the period|''|2026-11-25|''|''|false
            by name, any case|''|''|LLAMA|''|true
            by repo id|''|''|meta-llama/|''|true
            another model|''|''|juggernaut|''|false
            the requester|''|''|''|alice|true
            another requester|''|''|''|frank|false
            """)
    void coversTheTasksOfTheSearch(String name, String from, String to, String model, String requester, boolean covered) {
        ApprovalSummary task = new ApprovalSummary(UUID.randomUUID(), "Llama 3.1 8B", "meta-llama/Llama-3.1-8B", "alice",
                RiskTier.MEDIUM, TaskState.PENDING, Instant.parse("2026-11-26T10:00:00Z"), List.of(), false, false);

        assertThat(AuditFilter.of(from, to, model, requester).covers(task)).as(name).isEqualTo(covered);
    }
}
