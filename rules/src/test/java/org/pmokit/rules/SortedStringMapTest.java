package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SortedStringMapTest {

    private static SortedStringMap<Integer> of(String... keys) {
        Integer[] values = new Integer[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = i;
        }
        return SortedStringMap.owning(keys.clone(), values, k -> new IllegalStateException("twice: " + k));
    }

    @Test
    void entries_comeInTheKeysNaturalOrder_withTheirValues() {
        SortedStringMap<Integer> map = of("risk.emv", "finance.bac", "goals.G1.kpi.progress", "finance.roi");
        assertThat(map.keySet()).containsExactly("finance.bac", "finance.roi", "goals.G1.kpi.progress", "risk.emv");
        assertThat(map.values()).containsExactly(1, 3, 2, 0);
        assertThat(map.get("finance.roi")).isEqualTo(3);
        assertThat(map.get("finance")).isNull();
        assertThat(map.firstKey()).isEqualTo("finance.bac");
        assertThat(map.lastKey()).isEqualTo("risk.emv");
        assertThat(map.comparator()).isNull();
        assertThat(map).hasToString("{finance.bac=1, finance.roi=3, goals.G1.kpi.progress=2, risk.emv=0}");
    }

    @Test
    void aKeyGivenTwice_isTheCallersError() {
        assertThatThrownBy(() -> of("a", "b", "a"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("twice: a");
    }

    @Test
    void aNullKey_isRefused() {
        assertThatThrownBy(() -> of("a", null)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> of("a").get(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    }

    @Test
    void nothingChangesIt() {
        SortedStringMap<Integer> map = of("a", "b");
        assertThatThrownBy(() -> map.put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(5))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).containsEntry("a", 0).containsEntry("b", 1).hasSize(2);
    }

    @Test
    void aViewRefusesKeysOutsideItsRange_asATreeMapViewDoes() {
        SortedMap<String, Integer> view = of("a", "c", "e", "g").subMap("b", "f");
        assertThat(view.keySet()).containsExactly("c", "e");
        assertThat(view.get("a")).isNull();
        assertThat(view.containsKey("g")).isFalse();
        assertThat(view.headMap("f").keySet()).containsExactly("c", "e"); // its own upper bound is allowed
        assertThatThrownBy(() -> view.tailMap("f")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key out of range: f");
        assertThatThrownBy(() -> view.headMap("z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key out of range: z");
        assertThatThrownBy(() -> view.subMap("a", "c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key out of range: a");
        assertThatThrownBy(() -> of("a").subMap("b", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromKey > toKey: b > a");
        assertThatThrownBy(() -> of().firstKey()).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void copyOf_keepsAMapItAlreadyIs() {
        SortedStringMap<Integer> map = of("a");
        assertThat(SortedStringMap.copyOf(map)).isSameAs(map);
    }

    @Property(tries = 300)
    void behavesAsAnUnmodifiableTreeMap(@ForAll("keys") List<String> keys, @ForAll("keys") List<String> probes) {
        TreeMap<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            expected.put(keys.get(i), i);
        }
        SortedStringMap<Integer> actual = SortedStringMap.copyOf(shuffled(expected));
        same(Collections.unmodifiableSortedMap(expected), actual);
        List<String> bounds = new ArrayList<>(probes);
        bounds.addAll(keys);
        for (int i = 0; i + 1 < bounds.size(); i++) {
            String a = bounds.get(i);
            String b = bounds.get(i + 1);
            sameOutcome(expected, actual, m -> m.headMap(a));
            sameOutcome(expected, actual, m -> m.tailMap(a));
            sameOutcome(expected, actual, m -> m.subMap(a, b));
            // views of views, where the bounds may fall outside
            sameOutcome(expected, actual, m -> m.subMap(a, b).headMap(a));
            sameOutcome(expected, actual, m -> m.subMap(a, b).tailMap(b));
            sameOutcome(expected, actual, m -> m.headMap(b).tailMap(a));
            sameOutcome(expected, actual, m -> m.tailMap(a).subMap(a, b));
        }
    }

    @Property(tries = 50)
    void manyKeys_areSortedToo(@ForAll("many") List<String> keys) {
        TreeMap<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            expected.put(keys.get(i), i);
        }
        same(expected, SortedStringMap.copyOf(shuffled(expected)));
    }

    /** The same entries, in an order that is not sorted. */
    private static Map<String, Integer> shuffled(Map<String, Integer> map) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(map.entrySet());
        Collections.shuffle(entries, new java.util.Random(entries.size()));
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void sameOutcome(SortedMap<String, Integer> expected, SortedMap<String, Integer> actual,
            Function<SortedMap<String, Integer>, SortedMap<String, Integer>> view) {
        SortedMap<String, Integer> e;
        try {
            e = view.apply(expected);
        } catch (IllegalArgumentException refused) {
            assertThatThrownBy(() -> view.apply(actual)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        same(e, view.apply(actual));
    }

    private static void same(SortedMap<String, Integer> expected, SortedMap<String, Integer> actual) {
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(actual.size()).isEqualTo(expected.size());
        if (!expected.isEmpty()) {
            assertThat(actual.firstKey()).isEqualTo(expected.firstKey());
            assertThat(actual.lastKey()).isEqualTo(expected.lastKey());
        }
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).isEqualTo(expected.get(key));
            assertThat(actual.containsKey(key + "x")).isEqualTo(expected.containsKey(key + "x"));
        }
    }

    @Provide
    Arbitrary<List<String>> keys() {
        return Arbitraries.strings().withChars("abcz.").ofMaxLength(4).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> many() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).list().ofMinSize(200).ofMaxSize(600);
    }
}
