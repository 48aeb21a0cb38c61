package org.pmokit.core.json;

/**
 * The limits that a {@link ProjectJson} reader enforces while it reads, so that no document, however
 * hostile, can make it run out of memory, overflow the stack or run forever. A document beyond a
 * limit is refused with a {@link ProjectFormatException} as soon as the limit is crossed, without
 * reading further.
 *
 * <p>The {@linkplain #defaults() defaults} are far above any real project document (the largest
 * bank programmes have tens of thousands of activities in a few megabytes) and far below what
 * would hurt a server:
 * <ul>
 *   <li>{@code maxDocumentLength} {@value #DEFAULT_MAX_DOCUMENT_LENGTH} characters (64 MiB, in
 *       bytes for the usual ASCII JSON): bounds the time and memory of one read, and stops an
 *       endless stream.</li>
 *   <li>{@code maxNestingDepth} {@value #DEFAULT_MAX_NESTING_DEPTH}: the document nests at most
 *       eight levels deep (a predecessor of an activity added by a change request); 64 leaves room
 *       for a host's own fields and keeps the parser far from any stack limit.</li>
 *   <li>{@code maxStringLength} {@value #DEFAULT_MAX_STRING_LENGTH} characters (1 Mi): the longest
 *       text the model allows is 10,000 characters (a description), and a longer one must still
 *       be read so that {@link org.pmokit.core.validation.ProjectValidator} can report its length;
 *       a hundredfold margin, while one string stays at 2 MB of memory.</li>
 *   <li>{@code maxNumberLength} {@value #DEFAULT_MAX_NUMBER_LENGTH} characters: an amount has at
 *       most 30 integer digits and its currency's decimals; 64 keeps every real number and refuses
 *       a 10,000-digit one before it is converted. A decimal may also have at most this many digits
 *       before and after its point, so that an exponent ({@code 1e999999999}) cannot hide a
 *       billion digits.</li>
 *   <li>{@code maxActivities} {@value #DEFAULT_MAX_ACTIVITIES}, counted over {@code activities}
 *       and the activities that change requests add: a hundred times the largest real schedule;
 *       the count is checked as each activity starts, so a document with more fails at the first
 *       one beyond the limit, before it is bound. An activity with a budget and a predecessor
 *       takes about 450 bytes of heap in the model (and about 130 bytes of JSON), so the limit
 *       keeps the model of one read under half a gigabyte even when a document packs small
 *       activities into the 64 MiB.</li>
 * </ul>
 *
 * <p>Field names are limited to {@value #MAX_NAME_LENGTH} characters (the document's own have at
 * most 20).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentLength the most characters a document may have
 * @param maxNestingDepth the most levels of arrays and objects nested in each other
 * @param maxStringLength the most characters a string value may have
 * @param maxNumberLength the most characters a number may have, and the most digits a decimal may
 *        have before and after its point
 * @param maxActivities the most activities a document may have
 */
public record JsonLimits(
        long maxDocumentLength,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxActivities) {

    /** The default most characters of a document: 64 Mi. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** The default most levels of nesting. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default most characters of a string: 1 Mi. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default most characters of a number. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
    /** The default most activities. */
    public static final int DEFAULT_MAX_ACTIVITIES = 1_000_000;
    /** The most characters of a field name; not configurable. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_ACTIVITIES);

    /**
     * Checks that every limit is at least 1.
     *
     * @param maxDocumentLength the most characters of a document
     * @param maxNestingDepth the most levels of nesting
     * @param maxStringLength the most characters of a string
     * @param maxNumberLength the most characters of a number
     * @param maxActivities the most activities
     * @throws IllegalArgumentException if a limit is below 1
     */
    public JsonLimits {
        positive(maxDocumentLength, "maxDocumentLength");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxActivities, "maxActivities");
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these limits with another document length.
     *
     * @param characters the most characters of a document, at least 1
     * @return the changed limits
     */
    public JsonLimits withMaxDocumentLength(long characters) {
        return new JsonLimits(characters, maxNestingDepth, maxStringLength, maxNumberLength, maxActivities);
    }

    /**
     * Returns these limits with another nesting depth.
     *
     * @param levels the most levels of nesting, at least 1
     * @return the changed limits
     */
    public JsonLimits withMaxNestingDepth(int levels) {
        return new JsonLimits(maxDocumentLength, levels, maxStringLength, maxNumberLength, maxActivities);
    }

    /**
     * Returns these limits with another string length.
     *
     * @param characters the most characters of a string, at least 1
     * @return the changed limits
     */
    public JsonLimits withMaxStringLength(int characters) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, characters, maxNumberLength, maxActivities);
    }

    /**
     * Returns these limits with another number length.
     *
     * @param characters the most characters of a number, at least 1
     * @return the changed limits
     */
    public JsonLimits withMaxNumberLength(int characters) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, characters, maxActivities);
    }

    /**
     * Returns these limits with another number of activities.
     *
     * @param count the most activities, at least 1
     * @return the changed limits
     */
    public JsonLimits withMaxActivities(int count) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, count);
    }
}
