package io.modelintake.platform.rest;

import java.util.List;

/** One page of a list; {@code total} counts every match. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The page of an in-memory list (knowledge snapshots are held in memory). */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }
}
