package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;

class RuleInputTest {

    private static final Project PROJECT = Fixtures.project("P1");
    private static final EvaluationContext CONTEXT = EvaluationContext.at(Fixtures.START);

    /** An analysis that counts its runs; pure in its result. */
    private static final class Counting<T> implements Analysis<T> {
        private final AtomicInteger runs = new AtomicInteger();
        private final Function<RuleInput, T> body;

        Counting(Function<RuleInput, T> body) {
            this.body = body;
        }

        @Override
        public T analyse(RuleInput input) {
            runs.incrementAndGet();
            return body.apply(input);
        }

        @Override
        public String toString() {
            return "counting";
        }
    }

    @Test
    void get_runsEachAnalysisOnce_howeverOftenAsked() {
        Counting<String> name = new Counting<>(input -> input.project().name());
        RuleInput input = new RuleInput(PROJECT, CONTEXT);

        for (int i = 0; i < 10; i++) {
            assertThat(input.get(name)).isEqualTo("Project P1");
        }

        assertThat(name.runs).hasValue(1);
    }

    @Test
    void get_returnsTheSameResultInstance() {
        Analysis<List<String>> list = input -> new ArrayList<>(List.of("a"));
        RuleInput input = new RuleInput(PROJECT, CONTEXT);

        assertThat(input.get(list)).isSameAs(input.get(list));
    }

    @Test
    void get_runsAgain_forAnotherInput() {
        Counting<String> name = new Counting<>(input -> input.project().id().value());

        assertThat(new RuleInput(PROJECT, CONTEXT).get(name)).isEqualTo("P1");
        assertThat(new RuleInput(Fixtures.project("P2"), CONTEXT).get(name)).isEqualTo("P2");

        assertThat(name.runs).hasValue(2);
    }

    @Test
    void get_keepsAnalysesApart() {
        Analysis<Integer> one = input -> 1;
        Analysis<Integer> two = input -> 2;
        RuleInput input = new RuleInput(PROJECT, CONTEXT);

        assertThat(input.get(one)).isEqualTo(1);
        assertThat(input.get(two)).isEqualTo(2);
        assertThat(input.get(one)).isEqualTo(1);
    }

    @Test
    void get_letsAnAnalysisAskForAnother_eachStillRunOnce() {
        Counting<Integer> base = new Counting<>(input -> input.project().name().length());
        Counting<Integer> doubled = new Counting<>(input -> 2 * input.get(base));
        Counting<Integer> sum = new Counting<>(input -> input.get(base) + input.get(doubled));
        RuleInput input = new RuleInput(PROJECT, CONTEXT);

        assertThat(input.get(sum)).isEqualTo(30);
        assertThat(input.get(doubled)).isEqualTo(20);
        assertThat(input.get(base)).isEqualTo(10);

        assertThat(base.runs).hasValue(1);
        assertThat(doubled.runs).hasValue(1);
        assertThat(sum.runs).hasValue(1);
    }

    @Test
    void get_refusesANullResult() {
        Analysis<String> nothing = new Analysis<>() {
            @Override
            public String analyse(RuleInput input) {
                return null;
            }

            @Override
            public String toString() {
                return "nothing";
            }
        };

        assertThatThrownBy(() -> new RuleInput(PROJECT, CONTEXT).get(nothing))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("analysis nothing returned null");
    }

    @Test
    void get_refusesAnAnalysisThatDependsOnItself() {
        Analysis<Integer>[] cycle = newArray();
        cycle[0] = new Analysis<>() {
            @Override
            public Integer analyse(RuleInput input) {
                return input.get(cycle[1]) + 1;
            }

            @Override
            public String toString() {
                return "first";
            }
        };
        cycle[1] = input -> input.get(cycle[0]) + 1;

        assertThatThrownBy(() -> new RuleInput(PROJECT, CONTEXT).get(cycle[0]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("analysis first depends on itself");
    }

    @Test
    void get_runsAFailedAnalysisAgain_whenAskedAgain() {
        AtomicInteger calls = new AtomicInteger();
        Analysis<String> flaky = input -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalArgumentException("first call fails");
            }
            return "ok";
        };
        RuleInput input = new RuleInput(PROJECT, CONTEXT);

        assertThatThrownBy(() -> input.get(flaky)).hasMessage("first call fails");
        assertThat(input.get(flaky)).isEqualTo("ok");
        assertThat(input.get(flaky)).isEqualTo("ok");
        assertThat(calls).hasValue(2);
    }

    @Test
    void accessors_giveTheProjectTheContextAndItsPolicy() {
        Policy policy = Policy.defaults().with(PolicyKeys.INDEX_GREEN, new BigDecimal("0.97"));
        RuleInput input = new RuleInput(PROJECT, CONTEXT.withPolicy(policy));

        assertThat(input.project()).isSameAs(PROJECT);
        assertThat(input.context()).isEqualTo(CONTEXT.withPolicy(policy));
        assertThat(input.policy()).isSameAs(policy);
    }

    @Test
    void constructorAndGet_refuseNull() {
        assertThatThrownBy(() -> new RuleInput(null, CONTEXT)).isInstanceOf(NullPointerException.class)
                .hasMessage("project");
        assertThatThrownBy(() -> new RuleInput(PROJECT, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("context");
        assertThatThrownBy(() -> new RuleInput(PROJECT, CONTEXT).get(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("analysis");
    }

    @SuppressWarnings("unchecked")
    private static Analysis<Integer>[] newArray() {
        return (Analysis<Integer>[]) new Analysis<?>[2];
    }
}
