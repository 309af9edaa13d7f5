package io.modelintake.approval.audit;

import io.modelintake.approval.ledger.ChainVerifier;
import io.modelintake.approval.ledger.HashChain;
import io.modelintake.approval.ledger.LedgerEntry;
import io.modelintake.approval.ledger.VerificationResult;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ledger as NDJSON, JSON or CSV while it streams from the database, and verifies the chain. The
 * stored record JSON is written as it is, so an export holds exactly what was hashed.
 */
@ApplicationScoped
public class LedgerExport {

    static final String[] CSV_COLUMNS = {"sequence", "recordId", "requestId", "step", "actor", "decision", "reasons",
        "inputsDigest", "knowledgeVersion", "at", "previousHash", "hash"};

    private final LedgerRows rows;
    private final HashChain chain;
    private final JsonColumns json;

    public LedgerExport(LedgerRows rows, HashChain chain, JsonColumns json) {
        this.rows = rows;
        this.chain = chain;
        this.json = json;
    }

    public void ndjson(LedgerQuery query, OutputStream out) {
        write(out, writer -> rows.stream(query, row -> {
            writeObject(writer, row);
            writer.write('\n');
            return true;
        }));
    }

    public void jsonArray(LedgerQuery query, OutputStream out) {
        write(out, writer -> {
            writer.write('[');
            boolean[] first = {true};
            rows.stream(query, row -> {
                if (!first[0]) {
                    writer.write(',');
                }
                first[0] = false;
                writeObject(writer, row);
                return true;
            });
            writer.write(']');
        });
    }

    public void csv(LedgerQuery query, OutputStream out) {
        write(out, writer -> {
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS).get())) {
                rows.stream(query, row -> {
                    printer.printRecord(row.getLong("sequence"), row.getString("record_id"), row.getString("request_id"),
                            row.getString("step"), row.getString("actor"), row.getString("decision"),
                            row.getString("reasons"), row.getString("inputs_digest"), row.getString("knowledge_version"),
                            row.getTimestamp("at").toInstant(), row.getString("previous_hash").trim(),
                            row.getString("hash").trim());
                    return true;
                });
            }
        });
    }

    /** Walks the whole chain from its first entry and reports the first broken link. */
    public VerificationResult verify() {
        ChainVerifier verifier = new ChainVerifier(chain);
        LedgerQuery all = new LedgerQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        rows.stream(all, row -> verifier.accept(new LedgerEntry(row.getLong("sequence"),
                json.read(row.getString("record"), DecisionRecord.class),
                row.getString("previous_hash").trim(), row.getString("hash").trim())));
        return verifier.result();
    }

    private static void writeObject(Writer writer, ResultSet row) throws SQLException, IOException {
        writer.write("{\"sequence\":");
        writer.write(Long.toString(row.getLong("sequence")));
        writer.write(",\"previousHash\":\"");
        writer.write(row.getString("previous_hash").trim());
        writer.write("\",\"hash\":\"");
        writer.write(row.getString("hash").trim());
        writer.write("\",\"record\":");
        writer.write(row.getString("record"));
        writer.write('}');
    }

    private static void write(OutputStream out, WriterBody body) {
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        try {
            body.write(writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface WriterBody {
        void write(Writer writer) throws IOException;
    }
}
