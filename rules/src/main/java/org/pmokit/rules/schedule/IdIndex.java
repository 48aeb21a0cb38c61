package org.pmokit.rules.schedule;

import org.pmokit.core.project.ActivityId;

/**
 * The project index of each activity identifier: an open-addressing hash table (linear probing, at
 * most half full) holding, per slot, an identifier's string hash and its index side by side in one
 * int array, so that a probe reads one cache line and allocates nothing. A hit is confirmed against
 * the identifier at that index (the same instance, or equal text).
 *
 * <p>This class is immutable and thread-safe once built.
 */
final class IdIndex {

    private final ActivityId[] ids;
    /** Per slot: the hash, then the index plus one (0 marks an empty slot). */
    private final int[] table;
    private final int mask;

    private IdIndex(ActivityId[] ids, int capacity) {
        this.ids = ids;
        this.table = new int[2 * capacity];
        this.mask = capacity - 1;
    }

    /**
     * Indexes the identifiers by position.
     *
     * @param ids the identifiers, not copied (the caller must not change them)
     * @param duplicate receives, at 0, an identifier that occurs twice
     * @return the index, or null if two identifiers are equal
     */
    static IdIndex of(ActivityId[] ids, ActivityId[] duplicate) {
        int capacity = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) << 1;
        IdIndex index = new IdIndex(ids, capacity);
        for (int i = 0; i < ids.length; i++) {
            if (!index.put(ids[i], i)) {
                duplicate[0] = ids[i];
                return null;
            }
        }
        return index;
    }

    private boolean put(ActivityId id, int value) {
        String text = id.value();
        int hash = text.hashCode();
        int slot = spread(hash) & mask;
        int stored;
        while ((stored = table[2 * slot + 1]) != 0) {
            if (table[2 * slot] == hash && ids[stored - 1].value().equals(text)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = hash;
        table[2 * slot + 1] = value + 1;
        return true;
    }

    /** Returns the index of an identifier, or -1. */
    int get(ActivityId id) {
        return get(id, id.value().hashCode());
    }

    /** Returns the index of an identifier whose string hash is known, or -1. */
    int get(ActivityId id, int hash) {
        int slot = spread(hash) & mask;
        int stored;
        while ((stored = table[2 * slot + 1]) != 0) {
            if (table[2 * slot] == hash) {
                ActivityId k = ids[stored - 1];
                if (k == id || k.value().equals(id.value())) {
                    return stored - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
