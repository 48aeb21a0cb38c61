package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.ProjectValidator;

/**
 * Writing and reading back is lossless for every valid project that {@link ProjectArbitraries}
 * makes, with every part present, and writing is deterministic.
 */
@Domain(ProjectArbitraries.class)
class ProjectJsonPropertiesTest {

    private static final ProjectJson JSON = ProjectJson.standard();

    /** The generator's promise, checked on every try: a failure here is the generator's, not the reader's. */
    private static void assumeValid(Project project) {
        assertThat(ProjectValidator.standard().validate(project).violations())
                .as("violations of the generated project (a bug of ProjectArbitraries)")
                .isEmpty();
    }

    @Property(tries = 1000)
    void readOfWrite_isAnEqualProject_compactAndPretty(@ForAll Project project) {
        assumeValid(project);

        assertThat(JSON.read(JSON.write(project))).isEqualTo(project);
        assertThat(JSON.read(JSON.writePretty(project))).isEqualTo(project);

        Statistics.label("calendar").collect(project.calendar().name());
        Statistics.label("sealed decision").collect(project.changeRequests().stream()
                .anyMatch(c -> c.decisions().stream().anyMatch(d -> d.hash().isPresent())));
        Statistics.label("change history").collect(project.changeRequests().stream().anyMatch(c -> !c.history().isEmpty()));
        Statistics.label("baseline for a change").collect(project.baselines().stream().anyMatch(b -> b.change().isPresent()));
        for (String part : List.of("sealed decision", "change history", "baseline for a change")) {
            Statistics.label(part).coverage(c -> c.check(true).percentage(p -> p > 20));
        }
        Statistics.label("currency").collect(project.currency().getCurrencyCode());
        Statistics.label("calendar").coverage(c -> {
            c.check("CN").percentage(p -> p > 10);
            c.check("MON_FRI").percentage(p -> p > 10);
            c.check("CUSTOM").percentage(p -> p > 20);
        });
        Statistics.label("currency").coverage(c -> {
            c.check("CNY").percentage(p -> p > 30);
            c.check("JPY").percentage(p -> p > 30);
        });
    }

    @Property(tries = 200)
    void readAndValidate_ofWrite_isValid_andTheSameProject_fromBytesToo(@ForAll Project project) {
        assumeValid(project);
        byte[] bytes = JSON.write(project).getBytes(StandardCharsets.UTF_8);

        ReadResult result = JSON.readAndValidate(bytes);

        assertThat(result.formatError()).isEmpty();
        assertThat(result.violations()).isEmpty();
        assertThat(result.project()).contains(project);
    }

    @Property(tries = 200)
    void write_isDeterministic_andAFixedPoint_ofReadingBack(@ForAll Project project) {
        assumeValid(project);
        String compact = JSON.write(project);
        String pretty = JSON.writePretty(project);

        assertThat(JSON.write(project)).isEqualTo(compact);
        assertThat(JSON.write(project.toBuilder().build())).isEqualTo(compact);
        assertThat(JSON.write(JSON.read(compact))).isEqualTo(compact);
        assertThat(JSON.writePretty(JSON.read(pretty))).isEqualTo(pretty);
        assertThat(JSON.write(JSON.read(pretty))).isEqualTo(compact);
        assertThat(compact).doesNotContain("\n");
        assertThat(Documents.tree(pretty)).isEqualTo(Documents.tree(compact));
    }

    @Property(tries = 100)
    void write_toAStream_isTheSameUtf8_asTheString(@ForAll Project project) {
        assumeValid(project);
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        ByteArrayOutputStream pretty = new ByteArrayOutputStream();

        JSON.write(project, compact);
        JSON.writePretty(project, pretty);

        assertThat(compact.toByteArray()).isEqualTo(JSON.write(project).getBytes(StandardCharsets.UTF_8));
        assertThat(pretty.toByteArray()).isEqualTo(JSON.writePretty(project).getBytes(StandardCharsets.UTF_8));
    }
}
