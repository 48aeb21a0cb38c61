package org.pmokit.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Documents and helpers shared by the tests of this package. */
final class Documents {

    /** Maven runs the tests in the module directory, so the examples module is a sibling. */
    static final Path SAMPLES = Path.of("..", "examples", "src", "main", "resources", "samples");
    /** The agreed example of PROJECT_DOCUMENT.md, copied into the samples. */
    static final Path AGREED_EXAMPLE = SAMPLES.resolve("crm-upgrade-2026.json");

    /** A small valid project, laid out so that tests can count lines and columns. */
    static final String MINIMAL = """
            {
              "id": "P1",
              "name": "Pilot",
              "currency": "CNY",
              "calendar": "MON_FRI",
              "start": "2026-01-05",
              "activities": [
                {
                  "id": "A1",
                  "name": "Build",
                  "duration": 10
                }
              ]
            }""";

    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Documents() {
    }

    /** The sample documents, the agreed example among them. */
    static Stream<Path> samples() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            return json.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text. */
    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document as a Jackson tree, for comparisons that ignore layout and field order. */
    static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal document with one more top-level field, such as {@code "phase": "BUILD"}. */
    static String minimalWith(String field) {
        return MINIMAL.replace("  \"start\": \"2026-01-05\",", "  \"start\": \"2026-01-05\",\n  " + field + ",");
    }

    /** A one-line project with the given activities, such as {@code {"id":"A1","name":"x","duration":1}}. */
    static String withActivities(String... activities) {
        return "{\"id\":\"P1\",\"name\":\"Pilot\",\"currency\":\"CNY\",\"calendar\":\"MON_FRI\",\"start\":\"2026-01-05\","
                + "\"activities\":[" + String.join(",", activities) + "]}";
    }

    /**
     * A stream of a start, then a unit repeated without end, made as it is read so that no test
     * holds it in memory; it counts the bytes it hands out.
     */
    static final class Endless extends InputStream {
        private final byte[] start;
        private final byte[] unit;
        private long position;

        Endless(String start, String unit) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
        }

        /** The bytes handed out so far. */
        long delivered() {
            return position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            read(one, 0, 1);
            return one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++, position++) {
                buffer[offset + i] = position < start.length ? start[(int) position]
                        : unit[(int) ((position - start.length) % unit.length)];
            }
            return length;
        }
    }
}
