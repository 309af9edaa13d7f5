package io.modelintake.approval.notification;

import io.modelintake.platform.messaging.Backoff;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A table used as a work queue, like the outbox relay's: rows are <em>claimed</em> (their next attempt moved a lease
 * ahead, with SKIP LOCKED, in one autocommitted statement), worked on outside any transaction, then marked done, or
 * rescheduled with back-off, or given up. A replica that dies with a claim leaves the row to be retried after the
 * lease. The columns are {@code id}, {@code attempts}, {@code next_attempt_at}, {@code last_error} and the
 * {@code doneColumn}; the {@code failedColumn}, when there is one, marks a row given up.
 */
final class RetryingRows {

    /** A claimed row: its id, the values of the selected columns and how many times it was claimed so far. */
    record Claimed(long id, List<String> values, int attempts) {
    }

    private final DataSource dataSource;
    private final Backoff backoff;
    private final String claim;
    private final String done;
    private final String retry;
    private final Optional<String> giveUp;
    private final int columns;

    RetryingRows(DataSource dataSource, Backoff backoff, String table, List<String> valueColumns, String doneColumn,
            Optional<String> failedColumn) {
        this.dataSource = dataSource;
        this.backoff = backoff;
        String open = doneColumn + " is null" + failedColumn.map(failed -> " and " + failed + " is null").orElse("");
        this.claim = "update " + table + " set next_attempt_at = ?, attempts = attempts + 1 where id in (select id from "
                + table + " where " + open + " and next_attempt_at <= ? order by id limit ? for update skip locked)"
                + " returning id, attempts, " + String.join(", ", valueColumns);
        this.columns = valueColumns.size();
        this.done = "update " + table + " set " + doneColumn + " = ?, last_error = null where id = ?";
        this.retry = "update " + table + " set next_attempt_at = ?, last_error = ? where id = ?";
        this.giveUp = failedColumn.map(failed -> "update " + table + " set " + failed + " = ?, last_error = ? where id = ?");
    }

    /** Up to {@code max} due rows, in id order, now held by this replica for {@code lease}. */
    List<Claimed> claim(Instant now, Duration lease, int max) throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(claim)) {
            statement.setTimestamp(1, Timestamp.from(now.plus(lease)));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setInt(3, max);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> values = new ArrayList<>(columns);
                    for (int column = 3; column < 3 + columns; column++) {
                        values.add(rows.getString(column));
                    }
                    claimed.add(new Claimed(rows.getLong(1), values, rows.getInt(2)));
                }
            }
        }
        claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
        return claimed;
    }

    void done(Claimed row, Instant now) throws SQLException {
        update(done, Timestamp.from(now), Optional.empty(), row.id());
    }

    /** Retries the row after the back-off of its attempts, or gives it up after {@code maxAttempts} (if it may). */
    void failed(Claimed row, Instant now, String error, int maxAttempts) throws SQLException {
        if (giveUp.isPresent() && row.attempts() >= maxAttempts) {
            update(giveUp.get(), Timestamp.from(now), Optional.of(error), row.id());
        } else {
            update(retry, Timestamp.from(now.plus(backoff.delay(row.attempts()))), Optional.of(error), row.id());
        }
    }

    /** {@code sql} takes the time, then the error when there is one, then the id. */
    private void update(String sql, Timestamp at, Optional<String> error, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, at);
            int next = 2;
            if (error.isPresent()) {
                statement.setString(next++, error.get());
            }
            statement.setLong(next, id);
            statement.executeUpdate();
        }
    }
}
