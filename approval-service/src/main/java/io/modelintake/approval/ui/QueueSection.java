package io.modelintake.approval.ui;

import java.util.List;

/**
 * One part of the queue: re-reviews of decided approvals ({@code queue-reviews}) or new requests ({@code queue}), shown
 * apart (issue 15). {@code id} is the table's element id.
 */
public record QueueSection(String id, String heading, String empty, List<QueueRow> rows) {

    static List<QueueSection> of(List<QueueRow> rows) {
        List<QueueRow> reviews = rows.stream().filter(row -> row.task().isReview()).toList();
        List<QueueRow> fresh = rows.stream().filter(row -> !row.task().isReview()).toList();
        QueueSection newRequests = new QueueSection("queue", "New requests", "No new request for these filters.", fresh);
        return reviews.isEmpty() ? List.of(newRequests)
                : List.of(new QueueSection("queue-reviews", "Re-reviews of decided approvals", "", reviews), newRequests);
    }
}
