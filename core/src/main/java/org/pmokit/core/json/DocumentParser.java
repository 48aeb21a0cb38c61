package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser that Jackson binds from: the streaming parser plus the checks that need to know the
 * shape of the document as the tokens go by.
 *
 * <ul>
 *   <li><b>Unknown fields</b> are found at their name, with its line and column: strict, they are a
 *       {@link FormatProblem}; lenient, they are recorded as {@link IgnoredField}s and skipped
 *       without being buffered, so Jackson never sees them. (Jackson itself would report an unknown
 *       field of a record only after the whole object, at its closing brace, and buffer it.)</li>
 *   <li><b>Activities</b> are counted as each one starts, in {@code activities} and in every change
 *       request's {@code activities.add}; the one beyond {@link JsonLimits#maxActivities()} stops
 *       the read at once, before it is bound.</li>
 *   <li>It remembers when the document's object is complete, so that whatever follows is reported
 *       as trailing content.</li>
 * </ul>
 *
 * <p>The shape is derived once from the records of {@link Doc}. Not thread-safe: one per read.
 */
final class DocumentParser extends JsonParserDelegate {

    private static final Shape DOCUMENT = Shape.of(Doc.Project.class);

    private final boolean lenient;
    private final int maxActivities;
    private final List<IgnoredField> ignored = new ArrayList<>();
    /** The shapes of the open objects and arrays, innermost last. */
    private Shape[] open = new Shape[16];
    private int depth;
    /** The shape of the value that follows the field name just read. */
    private Shape valueShape = Shape.ANY;
    private int activities;
    private boolean documentComplete;

    DocumentParser(JsonParser parser, boolean lenient, int maxActivities) {
        super(parser);
        this.lenient = lenient;
        this.maxActivities = maxActivities;
    }

    /**
     * Returns the fields skipped so far (lenient only), in document order.
     *
     * @return the ignored fields
     */
    List<IgnoredField> ignoredFields() {
        return Collections.unmodifiableList(ignored);
    }

    /**
     * Returns whether the document's value has been read completely, so that any further token or
     * problem is trailing content.
     *
     * @return true after the end of the document's value
     */
    boolean isDocumentComplete() {
        return documentComplete;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        for (;;) {
            JsonToken t = delegate.nextToken();
            if (t == null) {
                return null;
            }
            switch (t) {
                case FIELD_NAME -> {
                    Shape object = depth == 0 ? Shape.ANY : open[depth - 1];
                    Shape field = object.field(delegate.currentName());
                    if (field == null) {
                        skipUnknown(object);
                        continue;
                    }
                    valueShape = field;
                }
                case START_OBJECT, START_ARRAY -> push(t);
                case END_OBJECT, END_ARRAY -> {
                    depth--;
                    documentComplete |= depth == 0;
                }
                default -> {
                    // A scalar: a root scalar is refused as it is, so it never completes the document.
                }
            }
            return t;
        }
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = delegate.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            delegate.skipChildren();
            depth--;
            documentComplete |= depth == 0;
        }
        return this;
    }

    private void push(JsonToken t) throws FormatProblem {
        Shape shape;
        if (depth == 0) {
            shape = DOCUMENT;
        } else {
            Shape parent = open[depth - 1];
            if (parent.isArray()) {
                shape = parent.element();
                if (parent.countsActivities() && t == JsonToken.START_OBJECT && ++activities > maxActivities) {
                    throw FormatProblem.at(this, "at most " + maxActivities + " activities", "more",
                            "the document has more activities than the limit of " + maxActivities);
                }
            } else {
                shape = valueShape;
            }
        }
        boolean fits = t == JsonToken.START_OBJECT ? shape.isObject() : shape.isArray();
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = fits ? shape : Shape.ANY;
    }

    private void skipUnknown(Shape object) throws IOException {
        if (!lenient) {
            throw FormatProblem.at(this, "one of the fields " + String.join(", ", object.fieldNames()),
                    "unknown field " + Tokens.quote(delegate.currentName()));
        }
        JsonLocation where = delegate.currentTokenLocation();
        ignored.add(new IgnoredField(Tokens.pointer(delegate), Tokens.line(where), Tokens.column(where)));
        JsonToken value = delegate.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            delegate.skipChildren();
        }
    }

    /**
     * What the document allows at one place: an object with known fields, an array of one shape,
     * or anything (a scalar, or a place the binding itself will refuse).
     */
    static final class Shape {
        static final Shape ANY = new Shape(null, null, false);

        /** Field name to the shape of its value; null unless an object. */
        private final Map<String, Shape> fields;
        /** The shape of each element; null unless an array. */
        private final Shape element;
        private final boolean countsActivities;

        private Shape(Map<String, Shape> fields, Shape element, boolean countsActivities) {
            this.fields = fields;
            this.element = element;
            this.countsActivities = countsActivities;
        }

        /**
         * Derives the shape of a document type from its record components.
         *
         * @param type a record of {@link Doc}, a list of them, or any other type (anything)
         * @return the shape
         */
        static Shape of(Type type) {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                Type element = list.getActualTypeArguments()[0];
                return new Shape(null, of(element), element == Doc.Activity.class);
            }
            if (type == Doc.Calendar.class) {
                return of(Doc.CustomCalendar.class); // the object form; the string form is a scalar
            }
            if (type instanceof Class<?> c && c.isRecord() && c != Doc.NumberText.class) {
                Map<String, Shape> fields = new LinkedHashMap<>();
                for (RecordComponent component : c.getRecordComponents()) {
                    fields.put(component.getName(), of(component.getGenericType()));
                }
                return new Shape(Collections.unmodifiableMap(fields), null, false);
            }
            return ANY;
        }

        boolean isObject() {
            return fields != null;
        }

        boolean isArray() {
            return element != null;
        }

        Shape element() {
            return element;
        }

        boolean countsActivities() {
            return countsActivities;
        }

        /** The shape of a field's value; null if an object does not have the field. */
        Shape field(String name) {
            return fields == null ? ANY : fields.get(name);
        }

        /** The fields of an object, in document order. */
        Iterable<String> fieldNames() {
            return fields.keySet();
        }
    }
}
