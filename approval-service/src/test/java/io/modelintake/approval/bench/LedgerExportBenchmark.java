package io.modelintake.approval.bench;

import io.modelintake.approval.ledger.HashChain;
import io.modelintake.approval.ledger.LedgerEntry;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.canonical.CanonicalJson;
import io.modelintake.testsupport.KafkaBroker;
import io.modelintake.testsupport.KeycloakServer;
import io.modelintake.testsupport.PostgresServer;
import io.modelintake.testsupport.ServiceProcess;
import io.modelintake.testsupport.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * Not a test: fills the ledger of the packaged approval-service with 1,000,000 chained records, exports them over
 * HTTP as NDJSON and CSV, and verifies the chain, printing records per second and the service's peak heap
 * (sampled from its Prometheus metrics; the service runs with -Xmx256m, so it also cannot exceed that).
 *
 * <p>{@code ./mvnw -pl approval-service -am -Pbench package -DskipTests} (the records count is
 * {@code -Dbench.records=…}).
 */
public final class LedgerExportBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        long records = Long.getLong("bench.records", 1_000_000);
        KeycloakServer.shared();
        KafkaBroker kafka = KafkaBroker.start();
        PostgresServer postgres = PostgresServer.start();
        String jdbcUrl = postgres.createDatabase("bench");
        ServiceProcess service = ServiceProcess.start(Path.of("..").toAbsolutePath().normalize(), "approval-service", 18084,
                Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(),
                        "quarkus.datasource.jdbc.url", jdbcUrl,
                        "quarkus.datasource.username", PostgresServer.APP_USERNAME,
                        "quarkus.datasource.password", PostgresServer.APP_PASSWORD),
                Path.of("target/bench-logs"));
        try {
            String base = service.url();
            service.awaitReady(Duration.ofMinutes(3));
            long filled = fill(postgres, records);
            System.out.printf("filled the ledger with %,d chained records in %.1f s%n", records, filled / 1e9);

            String token = Tokens.ofTestRealm().accessToken("carol");
            for (String type : List.of("application/x-ndjson", "text/csv")) {
                HeapSampler heap = HeapSampler.start(base);
                long start = System.nanoTime();
                long lines = export(base + "/api/audit/records", type, token);
                double seconds = (System.nanoTime() - start) / 1e9;
                heap.stop();
                System.out.printf("export %-20s %,d lines in %.1f s: %,.0f records/s; service peak heap %,d MB%n",
                        type, lines, seconds, records / seconds, heap.peakBytes() / (1024 * 1024));
            }
            token = Tokens.ofTestRealm().accessToken("carol");
            long start = System.nanoTime();
            String verdict = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/audit/verify"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            System.out.printf("verify of %,d records: %s in %.1f s%n", records, verdict, (System.nanoTime() - start) / 1e9);
        } finally {
            service.close();
            kafka.close();
            postgres.close();
        }
        System.exit(0);
    }

    /** Writes the chain straight into the table with COPY, as the ledger would have appended it one by one. */
    private static long fill(PostgresServer postgres, long records) throws Exception {
        long start = System.nanoTime();
        HashChain chain = new HashChain(new CanonicalJson());
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("bench"), PostgresServer.APP_USERNAME,
                PostgresServer.APP_PASSWORD)) {
            StringBuilder batch = new StringBuilder();
            LedgerEntry previous = null;
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            for (long i = 1; i <= records; i++) {
                DecisionRecord record = new DecisionRecord(UUID.randomUUID(), UUID.randomUUID(), DecisionRecord.Step.APPROVAL,
                        "bob", "APPROVED", List.of("OFFICER_DECISION:APPROVE", "TIER:LOW"), "0".repeat(64), "bench",
                        at.plusMillis(i));
                LedgerEntry entry = chain.next(previous, record);
                batch.append(entry.sequence()).append('\t').append(record.id()).append('\t').append(record.requestId())
                        .append("\tAPPROVAL\tbob\tAPPROVED\tOFFICER_DECISION:APPROVE TIER:LOW\t").append(record.inputsDigest())
                        .append("\tbench\t").append(record.at()).append('\t')
                        .append(json.writeValueAsString(record).replace("\\", "\\\\")).append('\t')
                        .append(entry.previousHash()).append('\t').append(entry.hash()).append('\n');
                previous = new LedgerEntry(entry.sequence(), null, null, entry.hash());
                if (i % 50_000 == 0 || i == records) {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy approval.ledger_entry (sequence, record_id, request_id, step, actor, decision, reasons,"
                                    + " inputs_digest, knowledge_version, at, record, previous_hash, hash) from stdin",
                            new StringReader(batch.toString()));
                    batch.setLength(0);
                }
            }
        }
        return System.nanoTime() - start;
    }

    private static long export(String url, String type, String token) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", type)
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(type + " export answered " + response.statusCode());
        }
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** Polls the service's heap use from its Prometheus metrics while an export runs. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start(String base) {
            HeapSampler sampler = new HeapSampler();
            sampler.thread = new Thread(() -> {
                while (sampler.running) {
                    sampler.peak.accumulateAndGet(heapUsed(base), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.thread.start();
            return sampler;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakBytes() {
            return peak.get();
        }

        private static long heapUsed(String base) {
            try {
                String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                return metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                        .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            } catch (Exception e) {
                return 0;
            }
        }
    }
}
