package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.lectern.library.Status;
import org.lectern.library.StatusChange;

/** A paper's status with its dated history, and its place in the reading queue. */
final class ReadingQueue {
    private final Library library;

    ReadingQueue(Library library) {
        this.library = library;
    }

    /** Sets a paper's status, dated in its history; returns the status it had. */
    public Status setStatus(long id, Status status) {
        return library.write(c -> setStatus(c, id, status, Library.now()));
    }

    static Status setStatus(Connection c, long id, Status status, String now) throws SQLException {
        Status before;
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM paper WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new StoreException("no paper with id " + id);
                before = Status.parse(rs.getString(1));
            }
        }
        if (before == status) return before;
        String position = status.inQueue()
                ? (before.inQueue() ? "queue_pos" : "(SELECT coalesce(max(queue_pos), 0) + 1 FROM paper)")
                : "NULL";
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE paper SET status = ?, queue_pos = " + position + " WHERE id = ?")) {
            s.setString(1, status.key());
            s.setLong(2, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO status_change(paper_id, status, at) VALUES (?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, status.key());
            s.setString(3, now);
            s.executeUpdate();
        }
        return before;
    }

    /**
     * Puts a paper in the reading queue at its end or its top (status Queued unless it is being read).
     * Returns the status it had.
     */
    public Status enqueue(long id, boolean top) {
        return library.write(c -> {
            String now = Library.now();
            Status before = current(c, id);
            if (!before.inQueue()) setStatus(c, id, Status.QUEUED, now);
            String position = top ? "(SELECT coalesce(min(queue_pos), 1) - 1 FROM paper)"
                    : "(SELECT coalesce(max(queue_pos), 0) + 1 FROM paper WHERE id <> ?1)";
            try (PreparedStatement s = c.prepareStatement("UPDATE paper SET queue_pos = " + position + " WHERE id = ?1")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return before;
        });
    }

    /**
     * Moves a queued paper {@code steps} places (negative: towards the top). Only its own position
     * changes: it takes a value between its new neighbours, so the rest of the queue is not renumbered.
     */
    public void move(long id, int steps) {
        if (steps == 0) return;
        library.write(c -> {
            List<Long> order = new ArrayList<>();
            List<Double> positions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, queue_pos FROM paper WHERE queue_pos IS NOT NULL ORDER BY queue_pos, id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    order.add(rs.getLong(1));
                    positions.add(rs.getDouble(2));
                }
            }
            int from = order.indexOf(id);
            if (from < 0) throw new StoreException("paper " + id + " is not in the reading queue");
            order.remove(from);
            positions.remove(from);
            int to = Math.max(0, Math.min(order.size(), from + steps));
            double before = to == 0 ? (positions.isEmpty() ? 0 : positions.get(0) - 2) : positions.get(to - 1);
            double after = to == order.size() ? before + 2 : positions.get(to);
            if (after - before < 1e-9) {
                // Halving gaps runs out of precision after many moves: respace the whole queue once.
                order.add(to, id);
                try (PreparedStatement s = c.prepareStatement("UPDATE paper SET queue_pos = ? WHERE id = ?")) {
                    for (int i = 0; i < order.size(); i++) {
                        s.setDouble(1, i + 1);
                        s.setLong(2, order.get(i));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE paper SET queue_pos = ? WHERE id = ?")) {
                s.setDouble(1, (before + after) / 2);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }


    private static Status current(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM paper WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new StoreException("no paper with id " + id);
                return Status.parse(rs.getString(1));
            }
        }
    }

    /** A paper's dated status changes, oldest first. */
    public List<StatusChange> history(long id) {
        return library.read(c -> Rows.list(c, "SELECT status, at FROM status_change WHERE paper_id = ? ORDER BY at, id",
                rs -> new StatusChange(Status.parse(rs.getString(1)), Rows.instant(rs, 2)), id));
    }


    /** The paper's {@link Place}, to give back exactly with {@link #restore}. */
    Papers.Place place(long id) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT status, queue_pos, (SELECT coalesce(max(id), 0) FROM status_change WHERE paper_id = paper.id)
                    FROM paper WHERE id = ?""")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) throw new StoreException("no paper with id " + id);
                    Status status = Status.parse(rs.getString(1));
                    double pos = rs.getDouble(2);
                    // wasNull speaks of the column read last: read the position right before asking
                    Double queuePosition = rs.wasNull() ? null : pos;
                    return new Papers.Place(status, queuePosition, rs.getLong(3));
                }
            }
        });
    }

    /**
     * Puts a paper back where {@link #place} found it: status, queue position, and a history without the
     * status changes made since (taking a change back is not a new step in the reader's history).
     */
    void restore(long id, Papers.Place place) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE paper SET status = ?, queue_pos = ? WHERE id = ?")) {
                s.setString(1, place.status().key());
                if (place.queuePosition() == null) s.setNull(2, java.sql.Types.REAL);
                else s.setDouble(2, place.queuePosition());
                s.setLong(3, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM status_change WHERE paper_id = ? AND id > ?")) {
                s.setLong(1, id);
                s.setLong(2, place.lastChange());
                s.executeUpdate();
            }
            return null;
        });
    }
}
