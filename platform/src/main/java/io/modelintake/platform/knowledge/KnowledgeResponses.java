package io.modelintake.platform.knowledge;

import io.modelintake.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** How a knowledge entry is answered and how a curated one is checked, the same in every service that curates. */
public final class KnowledgeResponses {

    public static final String VERSION_HEADER = "X-Knowledge-Version";
    /** Where a stored text was read, when, and the SHA-256 (hex) of the bytes served. */
    public static final String SOURCE_URL_HEADER = "X-Source-URL";
    public static final String RETRIEVED_HEADER = "X-Retrieved";
    public static final String SHA256_HEADER = "X-SHA-256";

    private KnowledgeResponses() {
    }

    /** The entry, with its canonical location (an alias resolves to it) and the knowledge version it is part of. */
    public static Response entry(Object entry, String canonicalPath, String knowledgeVersion) {
        return Response.ok(entry).header("Content-Location", canonicalPath).header(VERSION_HEADER, knowledgeVersion).build();
    }

    /**
     * The stored text an entry quotes, as plain text with its provenance, or 404 when none is stored for it.
     * {@code entryId} is the canonical id an alias resolved to; {@code what} names the text in the 404 ("licence text").
     */
    public static Response text(KnowledgeTexts texts, String entryId, String what, String canonicalPath) {
        KnowledgeTexts.Text text = texts.find(entryId)
                .orElseThrow(() -> ProblemException.notFound("no " + what + " is stored for '" + entryId + "'"));
        Response.ResponseBuilder response = Response.ok(text.bytes(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Location", canonicalPath)
                .header(SHA256_HEADER, text.digest());
        if (text.source().url() != null) {
            response.header(SOURCE_URL_HEADER, text.source().url());
        }
        if (text.source().retrieved() != null) {
            response.header(RETRIEVED_HEADER, text.source().retrieved().toString());
        }
        return response.build();
    }

    /** A candidate entry of a dry run, like a curated one, names the date its terms were read, which cannot lie ahead. */
    public static void requireCandidate(String entry, LocalDate checked, Clock clock) {
        if (checked == null || checked.isAfter(LocalDate.now(clock))) {
            throw ProblemException.badRequest(entry + ": checked must be the date the terms were read, not in the future");
        }
    }

    /** A curated entry names the id of its path and the date its terms were read, which cannot lie ahead. */
    public static void requireCuratable(String pathId, String bodyId, LocalDate checked, Clock clock) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw ProblemException.badRequest("the body's id '" + bodyId + "' differs from the path's '" + pathId + "'");
        }
        if (checked == null || checked.isAfter(LocalDate.now(clock))) {
            throw ProblemException.badRequest("checked must be the date the terms were read, not in the future");
        }
    }
}
