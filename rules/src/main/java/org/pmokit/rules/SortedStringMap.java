package org.pmokit.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * An unmodifiable sorted map from strings, in their natural order, held as two arrays: the keys
 * sorted and the values beside them. It is what {@link Evaluation#metrics()} holds: a few dozen
 * entries made once per evaluation and then only read, for which a {@link java.util.TreeMap}
 * would allocate one node per entry (twice, with the defensive copy) and rebalance on every insert.
 *
 * <p>It behaves as an unmodifiable view of a {@code TreeMap} with the same entries would: the
 * same iteration order, {@code equals}, {@code hashCode} and {@code toString}; a {@code null} key
 * is refused ({@link NullPointerException}) and values may be {@code null}; views made by
 * {@link #subMap}, {@link #headMap} and {@link #tailMap} refuse keys outside their range with an
 * {@link IllegalArgumentException}; every mutator throws {@link UnsupportedOperationException}.
 *
 * <p>This class is immutable and thread-safe; the arrays are never exposed nor changed.
 *
 * @param <V> the type of the values
 */
final class SortedStringMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {

    private static final SortedStringMap<?> EMPTY = new SortedStringMap<>(new String[0], new Object[0], 0, 0, null, null);

    private final String[] keys;
    private final Object[] values;
    private final int from;
    private final int to;
    /** The view's lower bound, inclusive; null when unbounded. */
    private final String low;
    /** The view's upper bound, exclusive; null when unbounded. */
    private final String high;

    private SortedStringMap(String[] keys, Object[] values, int from, int to, String low, String high) {
        this.keys = keys;
        this.values = values;
        this.from = from;
        this.to = to;
        this.low = low;
        this.high = high;
    }

    /**
     * Returns the map of entries given as two arrays of the same length, which the map takes over:
     * the caller must not use them afterwards.
     *
     * @param keys the keys, not null, in any order
     * @param values the values beside them
     * @param duplicate the error to throw for a key that occurs twice, given that key
     * @param <V> the type of the values
     * @return the map
     * @throws NullPointerException if a key is null
     */
    static <V> SortedStringMap<V> owning(String[] keys, Object[] values,
            Function<String, ? extends RuntimeException> duplicate) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys for " + values.length + " values");
        }
        for (String key : keys) {
            Objects.requireNonNull(key, "key");
        }
        sortTogether(keys, values);
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1].equals(keys[i])) {
                throw duplicate.apply(keys[i]);
            }
        }
        return new SortedStringMap<>(keys, values, 0, keys.length, null, null);
    }

    /**
     * Returns an unmodifiable copy of a map whose keys are in natural order.
     *
     * @param map the map; its keys must not be null
     * @param <V> the type of the values
     * @return the copy, or the map itself when it is already one of these
     * @throws NullPointerException if a key is null
     */
    static <V> SortedStringMap<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof SortedStringMap<?>) {
            @SuppressWarnings("unchecked") // unmodifiable: reading a V as a V is safe
            SortedStringMap<V> same = (SortedStringMap<V>) map;
            return same;
        }
        if (map.isEmpty()) {
            @SuppressWarnings("unchecked") // holds no value at all
            SortedStringMap<V> empty = (SortedStringMap<V>) EMPTY;
            return empty;
        }
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return owning(keys, values, key -> new IllegalArgumentException("the key " + key + " occurs twice"));
    }

    /**
     * Sorts the keys, moving each value with its key: a binary insertion sort for the few dozen
     * keys of an evaluation (few comparisons, the shifts are array copies), else a sort of indexes.
     */
    private static void sortTogether(String[] keys, Object[] values) {
        int n = keys.length;
        if (n > 256) {
            sortByIndex(keys, values);
            return;
        }
        for (int i = 1; i < n; i++) {
            String key = keys[i];
            if (keys[i - 1].compareTo(key) <= 0) {
                continue; // already in place, as in a run of keys from one source
            }
            int at = Arrays.binarySearch(keys, 0, i, key);
            at = at >= 0 ? at : -at - 1;
            Object value = values[i];
            System.arraycopy(keys, at, keys, at + 1, i - at);
            System.arraycopy(values, at, values, at + 1, i - at);
            keys[at] = key;
            values[at] = value;
        }
    }

    private static void sortByIndex(String[] keys, Object[] values) {
        int n = keys.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        String[] unsortedKeys = keys.clone();
        Object[] unsortedValues = values.clone();
        Arrays.sort(order, Comparator.comparing(i -> unsortedKeys[i]));
        for (int i = 0; i < n; i++) {
            keys[i] = unsortedKeys[order[i]];
            values[i] = unsortedValues[order[i]];
        }
    }

    /** The index of a key in the whole array, or (-(insertion point) - 1) as {@link Arrays#binarySearch} gives. */
    private int indexOf(Object key) {
        String k = (String) Objects.requireNonNull(key, "key"); // a ClassCastException for another type, as TreeMap
        return Arrays.binarySearch(keys, from, to, k);
    }

    private boolean inRange(String key) {
        return (low == null || key.compareTo(low) >= 0) && (high == null || key.compareTo(high) < 0);
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public V get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? value(i) : null;
    }

    @SuppressWarnings("unchecked") // every value was given as a V
    private V value(int i) {
        return (V) values[i];
    }

    @Override
    public Comparator<? super String> comparator() {
        return null; // natural order
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        check(fromKey, false);
        check(toKey, true);
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey > toKey: " + fromKey + " > " + toKey);
        }
        return view(fromKey, toKey);
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        check(toKey, true);
        return view(low, toKey);
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        check(fromKey, false);
        return view(fromKey, high);
    }

    /**
     * Refuses a null key, and a bound outside this view, as a sub-map of a {@code TreeMap} does: a
     * lower bound must lie in the view; an upper bound may also be the view's own upper bound.
     */
    private void check(String key, boolean upper) {
        Objects.requireNonNull(key, "key");
        boolean allowed = inRange(key) || upper && key.equals(high);
        if (!allowed) {
            throw new IllegalArgumentException("key out of range: " + key);
        }
    }

    private SortedStringMap<V> view(String lowKey, String highKey) {
        int start = lowKey == null ? from : insertionPoint(lowKey);
        int end = highKey == null ? to : insertionPoint(highKey);
        return new SortedStringMap<>(keys, values, start, Math.max(start, end), lowKey, highKey);
    }

    /** The index of the first key at or above the given one. */
    private int insertionPoint(String key) {
        int i = Arrays.binarySearch(keys, from, to, key);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public String firstKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return keys[from];
    }

    @Override
    public String lastKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return keys[to - 1];
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = from;

                    @Override
                    public boolean hasNext() {
                        return next < to;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (next >= to) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], value(i));
                    }
                };
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }
}
