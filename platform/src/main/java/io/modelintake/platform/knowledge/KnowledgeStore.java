package io.modelintake.platform.knowledge;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Knowledge as versioned data in the service's database: the entries bundled with the service are seeded at
 * start, an officer's curated entry replaces one (and is a recorded decision), and the version names the bundle
 * and the revision so that every finding can say which knowledge it rests on.
 */
@ApplicationScoped
public class KnowledgeStore {

    private static final Logger LOG = Logger.getLogger(KnowledgeStore.class);

    private final DecisionRecorder recorder;
    private final Outbox outbox;
    private final Clock clock;

    public KnowledgeStore(DecisionRecorder recorder, Outbox outbox, Clock clock) {
        this.recorder = recorder;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Seeds the bundled entries of one kind: new entries are added, entries seeded from an older bundle are
     * replaced, curated entries are kept (an officer's decision outranks a shipped file) and logged.
     */
    @Transactional
    public void seed(String kind, String bundleVersion, Map<String, String> documentsById, String actor) {
        String origin = "bundle:" + bundleVersion;
        Map<String, KnowledgeEntryEntity> stored = new LinkedHashMap<>();
        KnowledgeEntryEntity.<KnowledgeEntryEntity>list("kind", kind).forEach(e -> stored.put(e.id, e));
        int changed = 0;
        for (Map.Entry<String, String> bundled : documentsById.entrySet()) {
            KnowledgeEntryEntity entry = stored.get(bundled.getKey());
            if (entry != null && KnowledgeEntryEntity.CURATED.equals(entry.origin)) {
                if (!entry.document.equals(bundled.getValue())) {
                    LOG.infof("%s %s: the curated entry is kept over bundle %s", kind, entry.id, bundleVersion);
                }
                continue;
            }
            if (entry != null && entry.origin.equals(origin) && entry.document.equals(bundled.getValue())) {
                continue;
            }
            if (entry == null) {
                entry = new KnowledgeEntryEntity();
                entry.kind = kind;
                entry.id = bundled.getKey();
            }
            entry.document = bundled.getValue();
            entry.origin = origin;
            entry.updatedAt = Instant.now(clock);
            entry.updatedBy = actor;
            entry.persist();
            changed++;
        }
        if (changed > 0) {
            revision(kind, null, "SEEDED", actor);
            LOG.infof("%s: %d entries seeded from bundle %s", kind, changed, bundleVersion);
        }
    }

    public List<KnowledgeEntryEntity> all(String kind) {
        return KnowledgeEntryEntity.list("kind = ?1 order by id", kind);
    }

    public Optional<KnowledgeEntryEntity> find(String kind, String id) {
        return KnowledgeEntryEntity.findByIdOptional(new KnowledgeEntryEntity.Key(kind, id));
    }

    /** Replaces (or adds) one entry on an officer's authority; the change is a decision record. Returns the new revision. */
    @Transactional
    public long curate(String kind, String id, String document, String actor, String knowledgeVersionBefore) {
        KnowledgeEntryEntity entry = find(kind, id).orElseGet(() -> {
            KnowledgeEntryEntity created = new KnowledgeEntryEntity();
            created.kind = kind;
            created.id = id;
            return created;
        });
        boolean added = entry.document == null;
        entry.document = document;
        entry.origin = KnowledgeEntryEntity.CURATED;
        entry.updatedAt = Instant.now(clock);
        entry.updatedBy = actor;
        entry.persist();
        long revision = revision(kind, id, added ? "ADDED" : "REPLACED", actor);
        recorder.record(null, DecisionRecord.Step.KNOWLEDGE_CHANGE, actor, (added ? "ADDED " : "REPLACED ") + kind + " " + id,
                List.of("KNOWLEDGE_CURATED", kind.toUpperCase() + ":" + id), Map.of("kind", kind, "id", id, "document", document),
                knowledgeVersionBefore + " -> r" + revision);
        return revision;
    }

    /**
     * Announces a change in the caller's transaction (the one that stored it), keyed by the entry so that the changes
     * of one entry stay in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(String kind, String id, String versionBefore, String versionAfter, String actor,
            ChangeScope.Touched touched) {
        UUID key = UUID.nameUUIDFromBytes((kind + "/" + id).getBytes(StandardCharsets.UTF_8));
        outbox.publish(Topics.KNOWLEDGE_CHANGED, Topics.TYPE_KNOWLEDGE_CHANGED, key,
                new KnowledgeChanged(kind, id, versionBefore, versionAfter, actor, Instant.now(clock),
                        sorted(touched.licenses()), sorted(touched.datasets()), sorted(touched.models()),
                        sorted(touched.jurisdictions()), false));
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    /** The latest revision number; 0 before anything was seeded. */
    public long revision() {
        Long latest = KnowledgeRevisionEntity.getEntityManager()
                .createQuery("select max(r.revision) from KnowledgeRevisionEntity r", Long.class)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    private long revision(String kind, String id, String change, String actor) {
        KnowledgeRevisionEntity revision = new KnowledgeRevisionEntity();
        revision.kind = kind;
        revision.entryId = id;
        revision.change = change;
        revision.actor = actor;
        revision.at = Instant.now(clock);
        revision.persist();
        return revision.revision;
    }
}
