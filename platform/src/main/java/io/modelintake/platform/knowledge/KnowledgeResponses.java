package io.modelintake.platform.knowledge;

import io.modelintake.platform.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** How a knowledge entry is answered and how a curated one is checked, the same in every service that curates. */
public final class KnowledgeResponses {

    public static final String VERSION_HEADER = "X-Knowledge-Version";

    private KnowledgeResponses() {
    }

    /** The entry, with its canonical location (an alias resolves to it) and the knowledge version it is part of. */
    public static Response entry(Object entry, String canonicalPath, String knowledgeVersion) {
        return Response.ok(entry).header("Content-Location", canonicalPath).header(VERSION_HEADER, knowledgeVersion).build();
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
