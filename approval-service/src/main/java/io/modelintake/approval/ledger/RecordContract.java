package io.modelintake.approval.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.messaging.InvalidEventException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a decision record must be for the ledger to chain it: JSON that parses as a {@link DecisionRecord}, with an
 * id, a step, an actor, a decision, an inputs digest and a time, and text that fits the ledger's columns
 * (PostgreSQL text cannot hold NUL). A record that fails can never be appended, however often it is retried.
 */
public final class RecordContract {

    /** The widest {@code actor} and {@code knowledge_version} the ledger's columns take. */
    static final int MAX_NAME = 255;
    /** A SHA-256 in hex. */
    static final int MAX_DIGEST = 64;

    private final ObjectMapper mapper;

    public RecordContract(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The record in {@code json}; an {@link InvalidEventException} saying what is wrong when it breaks the contract. */
    public DecisionRecord check(String json) {
        DecisionRecord record = parse(json);
        List<String> problems = new ArrayList<>();
        require(record.id() != null, "id is missing", problems);
        require(record.step() != null, "step is missing", problems);
        require(record.actor() != null && !record.actor().isBlank(), "actor is missing", problems);
        require(record.decision() != null, "decision is missing", problems);
        require(record.inputsDigest() != null, "inputsDigest is missing", problems);
        require(record.at() != null, "at is missing", problems);
        require(fits(record.actor(), MAX_NAME), "actor is longer than " + MAX_NAME + " characters", problems);
        require(fits(record.knowledgeVersion(), MAX_NAME), "knowledgeVersion is longer than " + MAX_NAME + " characters", problems);
        require(fits(record.inputsDigest(), MAX_DIGEST), "inputsDigest is longer than " + MAX_DIGEST + " characters", problems);
        require(noNul(record), "a text field holds a NUL character", problems);
        if (!problems.isEmpty()) {
            throw new InvalidEventException("decision record " + record.id() + " breaks the contract: " + String.join(", ", problems));
        }
        return record;
    }

    /** The record id of {@code json} when it has a readable one, even if the rest of the record is broken. */
    public Optional<UUID> recordId(String json) {
        try {
            JsonNode id = json == null ? null : mapper.readTree(json).path("id");
            return id == null || !id.isTextual() ? Optional.empty() : Optional.of(UUID.fromString(id.asText()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private DecisionRecord parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("decision record is empty");
        }
        try {
            DecisionRecord record = mapper.readValue(json, DecisionRecord.class);
            if (record == null) {
                throw new InvalidEventException("decision record is null");
            }
            return record;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("payload is not a valid DecisionRecord: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean fits(String value, int max) {
        return value == null || value.length() <= max;
    }

    private static boolean noNul(DecisionRecord record) {
        List<String> texts = new ArrayList<>(record.reasons());
        texts.add(record.actor());
        texts.add(record.decision());
        texts.add(record.inputsDigest());
        texts.add(record.knowledgeVersion());
        return texts.stream().noneMatch(text -> text != null && text.indexOf('\u0000') >= 0);
    }

    private static void require(boolean holds, String problem, List<String> problems) {
        if (!holds) {
            problems.add(problem);
        }
    }
}
