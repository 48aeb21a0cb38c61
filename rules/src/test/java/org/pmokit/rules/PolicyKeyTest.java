package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyKeyTest {

    private static final Text MEANING = Text.of("a share", "一个比例");

    @Test
    void decimal_holdsItsParts() {
        PolicyKey<BigDecimal> key = PolicyKey.decimal("test.share", "0.25", "0", "1", MEANING, "test source");

        assertThat(key.name()).isEqualTo("test.share");
        assertThat(key.type()).isEqualTo(BigDecimal.class);
        assertThat(key.defaultValue()).isEqualTo(new BigDecimal("0.25"));
        assertThat(key.range()).isEqualTo("0 to 1");
        assertThat(key.description()).isEqualTo(MEANING);
        assertThat(key.source()).isEqualTo("test source");
        assertThat(key).hasToString("test.share");
    }

    @Test
    void integer_holdsItsParts() {
        PolicyKey<Integer> key = PolicyKey.integer("test.days", 30, 1, 365, MEANING, "test source");

        assertThat(key.type()).isEqualTo(Integer.class);
        assertThat(key.defaultValue()).isEqualTo(30);
        assertThat(key.range()).isEqualTo("1 to 365");
    }

    @Test
    void accepts_theRangeWithItsEnds() {
        PolicyKey<BigDecimal> share = PolicyKey.decimal("test.share", "0.25", "0", "1", MEANING, "test");
        PolicyKey<Integer> days = PolicyKey.integer("test.days", 30, 1, 365, MEANING, "test");

        assertThat(share.accepts(new BigDecimal("0"))).isTrue();
        assertThat(share.accepts(new BigDecimal("0.000"))).isTrue();
        assertThat(share.accepts(new BigDecimal("1.00"))).isTrue();
        assertThat(share.accepts(new BigDecimal("-0.0001"))).isFalse();
        assertThat(share.accepts(new BigDecimal("1.0001"))).isFalse();
        assertThat(days.accepts(1)).isTrue();
        assertThat(days.accepts(365)).isTrue();
        assertThat(days.accepts(0)).isFalse();
        assertThat(days.accepts(366)).isFalse();
    }

    @Test
    void constructor_refusesADefaultOutsideTheRange() {
        assertThatThrownBy(() -> PolicyKey.decimal("test.share", "1.5", "0", "1", MEANING, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy test.share: default 1.5 is outside 0 to 1");
        assertThatThrownBy(() -> PolicyKey.integer("test.days", 0, 1, 365, MEANING, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy test.days: default 0 is outside 1 to 365");
    }

    @Test
    void constructor_refusesAnEmptyRange() {
        assertThatThrownBy(() -> PolicyKey.integer("test.days", 5, 10, 1, MEANING, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy test.days: range 10 to 1 is empty");
    }

    @Test
    void constructor_namesAMissingPart() {
        assertThatThrownBy(() -> PolicyKey.integer(null, 5, 1, 10, MEANING, "test"))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> PolicyKey.integer("test.days", 5, 1, 10, null, "test"))
                .isInstanceOf(NullPointerException.class).hasMessage("description");
        assertThatThrownBy(() -> PolicyKey.integer("test.days", 5, 1, 10, MEANING, null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
    }

    // ---- the keys of PolicyKeys ------------------------------------------------------------

    @Test
    void all_holdsEveryKeyConstant_once() throws IllegalAccessException {
        List<PolicyKey<?>> constants = new ArrayList<>();
        for (Field field : PolicyKeys.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == PolicyKey.class && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
                constants.add((PolicyKey<?>) field.get(null));
            }
        }

        assertThat(PolicyKeys.ALL).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void all_haveUniqueWellFormedNames() {
        Set<String> names = new HashSet<>();
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            assertThat(key.name()).matches("[a-z]+(\\.[a-z][A-Za-z0-9]*)+");
            assertThat(names.add(key.name())).as("unique " + key.name()).isTrue();
        }
    }

    @Test
    void all_areDocumentedInBothLanguages_withASource() {
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            assertThat(key.description().english()).as(key.name()).isNotBlank();
            assertThat(key.description().chinese()).as(key.name()).isNotBlank();
            assertThat(key.source()).as(key.name()).isNotBlank();
        }
    }

    @Test
    void all_areDecimalsOrIntegers() {
        for (PolicyKey<?> key : PolicyKeys.ALL) {
            assertThat(key.type()).as(key.name()).isIn(BigDecimal.class, Integer.class);
            assertThat(key.defaultValue()).as(key.name()).isInstanceOf(key.type());
        }
    }
}
