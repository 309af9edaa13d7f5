package io.modelintake.approval.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.messaging.Failures;
import io.modelintake.platform.messaging.InvalidEventException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Which payloads the ledger can chain, and why the others can never be appended (so they are dead-lettered). */
class RecordContractTests {

    private final RecordContract contract = new RecordContract(new ObjectMapper().registerModule(new JavaTimeModule()));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/ledger-contract.csv", delimiter = '|', numLinesToSkip = 1)
    void checksTheRecord(String name, String json, String problem) {
        String payload = json == null ? "" : json.replace("%DIGEST%", "a".repeat(64)).replace("%LONG%", "x".repeat(256));
        if (problem == null) {
            DecisionRecord record = contract.check(payload);
            assertThat(record.id()).as(name).isNotNull();
            return;
        }
        assertThatThrownBy(() -> contract.check(payload)).as(name)
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining(problem)
                .satisfies(failure -> assertThat(Failures.isTransient(failure)).as("%s: transient", name).isFalse());
    }

    @Test
    void theRecordIdOfABrokenRecordIsKnownWhenItIsReadable() {
        UUID id = UUID.randomUUID();

        assertThat(contract.recordId("{\"id\":\"" + id + "\",\"step\":\"GUESSWORK\"}")).contains(id);
        assertThat(contract.recordId("{\"id\": \"" + id)).isEmpty();
        assertThat(contract.recordId("{\"id\":42}")).isEqualTo(Optional.empty());
        assertThat(contract.recordId("{\"id\":\"not-a-uuid\"}")).isEmpty();
        assertThat(contract.recordId(null)).isEmpty();
    }
}
