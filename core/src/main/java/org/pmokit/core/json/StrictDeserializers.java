package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deserializers that make Jackson strict: each scalar accepts exactly one kind of JSON token
 * (no coercion of strings to numbers, numbers to strings, floats to integers, numbers to enums),
 * and a JSON {@code null} is refused everywhere while an absent field stays absent. Each refusal is
 * a {@link FormatProblem} that says what was expected and what was found.
 *
 * <p>Jackson's own record and list deserializers are kept; {@link #nullRejecting()} wraps them so
 * that they refuse {@code null} too.
 */
final class StrictDeserializers {

    /** The one format of dates: four-digit year, month, day. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private StrictDeserializers() {
    }

    /**
     * Returns the lookup of the strict deserializers.
     *
     * @param limits the limits, for the digits a decimal may have
     * @return the lookup, to register in a module
     */
    static Deserializers lookup(JsonLimits limits) {
        Text text = new Text();
        Int integer = new Int();
        Decimal decimal = new Decimal(limits.maxNumberLength());
        Bool bool = new Bool();
        DateValue date = new DateValue();
        DateTimeValue dateTime = new DateTimeValue();
        NumberTextValue number = new NumberTextValue();
        CalendarValue calendar = new CalendarValue();
        return new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription beanDesc) {
                Class<?> c = type.getRawClass();
                if (c == String.class) {
                    return text;
                } else if (c == Integer.class) {
                    return integer;
                } else if (c == BigDecimal.class) {
                    return decimal;
                } else if (c == Boolean.class) {
                    return bool;
                } else if (c == LocalDate.class) {
                    return date;
                } else if (c == OffsetDateTime.class) {
                    return dateTime;
                } else if (c == Doc.NumberText.class) {
                    return number;
                } else if (c == Doc.Calendar.class) {
                    return calendar;
                }
                return null;
            }

            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                    BeanDescription beanDesc) {
                return EnumName.of(type);
            }
        };
    }

    /**
     * Returns the modifier that wraps Jackson's record and list deserializers so that they refuse
     * a JSON {@code null} and leave an absent field null.
     *
     * @return the modifier
     */
    static BeanDeserializerModifier nullRejecting() {
        return new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return deserializer instanceof BeanDeserializerBase ? new NotNull(deserializer, "an object") : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new NotNull(deserializer, "an array");
            }
        };
    }

    /**
     * The base of the strict scalars: refuses {@code null}, leaves an absent value null.
     *
     * @param <T> the type read
     */
    abstract static class Strict<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final String expected;

        Strict(Class<?> type, String expected) {
            super(type);
            this.expected = expected;
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws FormatProblem {
            throw FormatProblem.nullValue(ctxt.getParser(), expected);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        /** Refuses the current token, saying what was expected. */
        final FormatProblem wrong(JsonParser p) {
            return FormatProblem.wrongValue(p, expected);
        }
    }

    /** A JSON string, and only a string. */
    static final class Text extends Strict<String> {
        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class, "a string");
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw wrong(p);
            }
            return p.getText();
        }
    }

    /** A JSON integer within the range of {@code int}; no fraction, no exponent, no string. */
    static final class Int extends Strict<Integer> {
        private static final long serialVersionUID = 1L;

        Int() {
            super(Integer.class, "an integer");
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readInt(p, this);
        }
    }

    static int readInt(JsonParser p, Strict<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw type.wrong(p);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw FormatProblem.wrongValue(p, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return p.getIntValue();
    }

    /**
     * A JSON number, kept exactly as written ({@code 0.30} keeps its zero), with at most the
     * allowed digits before and after the point, so that no hostile exponent ({@code 1e999999999})
     * gets into the model, where printing it would take a billion digits.
     */
    static final class Decimal extends Strict<BigDecimal> {
        private static final long serialVersionUID = 1L;

        private final int maxDigits;

        Decimal(int maxDigits) {
            super(BigDecimal.class, "a number");
            this.maxDigits = maxDigits;
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw wrong(p);
            }
            BigDecimal value = p.getDecimalValue();
            if (!fits(value, maxDigits)) {
                throw FormatProblem.wrongValue(p, "a number of at most " + maxDigits + " digits before and after the point");
            }
            return value;
        }
    }

    /**
     * Returns whether a decimal has at most the given number of digits before the point and after it.
     *
     * @param value the decimal
     * @param maxDigits the most digits on each side
     * @return true if it fits
     */
    static boolean fits(BigDecimal value, int maxDigits) {
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits <= maxDigits && value.scale() <= maxDigits;
    }

    /** JSON {@code true} or {@code false}; no string, no number. */
    static final class Bool extends Strict<Boolean> {
        private static final long serialVersionUID = 1L;

        Bool() {
            super(Boolean.class, "true or false");
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            } else if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            throw wrong(p);
        }
    }

    /** A date as a string {@code yyyy-MM-dd} that exists in the calendar (no 2026-02-30). */
    static final class DateValue extends Strict<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateValue() {
            super(LocalDate.class, "a date yyyy-MM-dd");
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (DATE.matcher(text).matches()) {
                    try {
                        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                    } catch (DateTimeParseException e) {
                        // Falls through to the refusal: 2026-02-30 is no date.
                    }
                }
            }
            throw wrong(p);
        }
    }

    /** An instant as an ISO-8601 string with its offset, such as {@code 2026-02-05T10:30:00+08:00}. */
    static final class DateTimeValue extends Strict<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeValue() {
            super(OffsetDateTime.class, "a date and time with an offset, such as \"2026-02-05T10:30:00+08:00\"");
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.length() >= 10 && DATE.matcher(text.substring(0, 10)).matches()) {
                    try {
                        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    } catch (DateTimeParseException e) {
                        // Falls through to the refusal.
                    }
                }
            }
            throw wrong(p);
        }
    }

    /**
     * An amount or a decimal: a JSON string (the document's form) or a JSON number (accepted, and
     * written back as a string), kept as written. Whether the text is a valid amount in the
     * project's currency is a value question that {@link DocToModel} answers.
     */
    static final class NumberTextValue extends Strict<Doc.NumberText> {
        private static final long serialVersionUID = 1L;

        NumberTextValue() {
            super(Doc.NumberText.class, "a decimal as a string, such as \"2400000.00\"");
        }

        @Override
        public Doc.NumberText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw wrong(p);
            }
            return new Doc.NumberText(p.getText());
        }
    }

    /** {@code "CN"}, {@code "MON_FRI"}, or a custom calendar object. */
    static final class CalendarValue extends Strict<Doc.Calendar> {
        private static final long serialVersionUID = 1L;

        CalendarValue() {
            super(Doc.Calendar.class, "\"CN\", \"MON_FRI\" or a custom calendar object");
        }

        @Override
        public Doc.Calendar deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                String name = p.getText();
                if (name.equals("CN") || name.equals("MON_FRI")) {
                    return new Doc.Calendar(name, null);
                }
            } else if (t == JsonToken.START_OBJECT) {
                return new Doc.Calendar(null, ctxt.readValue(p, Doc.CustomCalendar.class));
            }
            throw wrong(p);
        }
    }

    /** {@code schemaVersion}: an integer from 1 to the version this library writes. */
    static final class SchemaVersion extends Strict<Integer> {
        private static final long serialVersionUID = 1L;

        SchemaVersion() {
            super(Integer.class, "an integer");
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int version = readInt(p, this);
            int supported = ProjectJson.SCHEMA_VERSION;
            if (version > supported) {
                throw FormatProblem.at(p, "schemaVersion " + supported + " or lower", Integer.toString(version),
                        "document schemaVersion " + version + " is newer than this library supports (" + supported + ")");
            }
            if (version < 1) {
                String expected = supported == 1 ? "schemaVersion 1" : "a schemaVersion from 1 to " + supported;
                throw FormatProblem.at(p, expected, Integer.toString(version));
            }
            return version;
        }
    }

    /**
     * An enumeration constant by its exact name: upper case, no other case, no number.
     *
     * @param <E> the enumeration
     */
    static final class EnumName<E extends Enum<E>> extends Strict<E> {
        private static final long serialVersionUID = 1L;

        private final Class<E> type;

        private EnumName(Class<E> type) {
            super(type, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            this.type = type;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        static EnumName<?> of(Class<?> type) {
            return new EnumName(type);
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String name = p.getText();
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(name)) {
                        return constant;
                    }
                }
            }
            throw wrong(p);
        }
    }

    /** Jackson's deserializer of a record or a list, refusing {@code null}. */
    static final class NotNull extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final String expected;

        NotNull(JsonDeserializer<?> delegate, String expected) {
            super(delegate);
            this.expected = expected;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new NotNull(newDelegatee, expected);
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws FormatProblem {
            throw FormatProblem.nullValue(ctxt.getParser(), expected);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }
    }
}
