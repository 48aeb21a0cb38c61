package org.pmokit.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A user-visible text in English and Simplified Chinese.
 *
 * <p>A text is either given ({@link #of}) or written on first use ({@link #lazy}): a rule that
 * reports many findings does not pay for sentences in two languages that nobody reads. Either way
 * it is a value: two texts are equal when their English and their Chinese are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Text {

    /** The English text; null until a lazy text is written. */
    private final String english;
    /** The Chinese text; null until a lazy text is written. */
    private final String chinese;
    /**
     * What writes a lazy text; null for a given text. Final, so that a lazy text is made without a
     * memory fence (a {@code volatile} write costs one per text, and an evaluation makes thousands)
     * and is safely published however it is shared; it is kept after the text is written.
     */
    private final Supplier<Text> source;
    /** The written form of a lazy text, a given text; null until written. */
    private volatile Text written;

    /**
     * Returns a given text; {@link #of} says the same.
     *
     * @param english the English text
     * @param chinese the Simplified Chinese text
     */
    public Text(String english, String chinese) {
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.source = null;
    }

    private Text(Supplier<Text> source) {
        this.english = null;
        this.chinese = null;
        this.source = source;
    }

    /**
     * Returns the text.
     *
     * @param english the English text
     * @param chinese the Simplified Chinese text
     * @return the text
     */
    public static Text of(String english, String chinese) {
        return new Text(english, chinese);
    }

    /**
     * Returns a text that is written when it is first read, once: for a message that may never be
     * shown, such as one of many findings. The source must be pure (the same text every time, from
     * values that do not change) and must not fail; it may run more than once if two threads read
     * the text at the same time.
     *
     * @param source writes the text, such as {@code () -> Text.of("risk " + id + " ...", "风险 " + id + " ...")}
     * @return the text
     */
    public static Text lazy(Supplier<Text> source) {
        return new Text(Objects.requireNonNull(source, "source"));
    }

    /**
     * Returns the English text.
     *
     * @return the English text
     */
    public String english() {
        return english != null ? english : written().english;
    }

    /**
     * Returns the Simplified Chinese text.
     *
     * @return the Simplified Chinese text
     */
    public String chinese() {
        return chinese != null ? chinese : written().chinese;
    }

    /** The given form of a lazy text, written on first use. */
    private Text written() {
        Text done = written;
        if (done != null) {
            return done;
        }
        // two threads may both write it: equal texts, either one may stay
        Text made = Objects.requireNonNull(source.get(), "the source of a lazy text returned null");
        done = made.english != null ? made : new Text(made.english(), made.chinese());
        written = done;
        return done;
    }

    /**
     * Returns the text in the reader's language: Simplified Chinese for any Chinese locale, English
     * otherwise.
     *
     * @param locale the reader's language
     * @return the text
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese() : english();
    }

    /**
     * Returns whether another object is a text with the same English and Chinese.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Text t && english().equals(t.english()) && chinese().equals(t.chinese());
    }

    /**
     * Returns the hash code of the English and the Chinese text, as a record of the two would.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * english().hashCode() + chinese().hashCode();
    }

    /**
     * Returns the English text.
     *
     * @return the English text
     */
    @Override
    public String toString() {
        return english();
    }
}
