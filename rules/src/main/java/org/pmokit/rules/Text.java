package org.pmokit.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-visible text in English and Simplified Chinese.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param english the English text
 * @param chinese the Simplified Chinese text
 */
public record Text(String english, String chinese) {

    /**
     * Checks that both languages are given.
     *
     * @param english the English text
     * @param chinese the Simplified Chinese text
     */
    public Text {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
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
     * Returns the text in the reader's language: Simplified Chinese for any Chinese locale, English
     * otherwise.
     *
     * @param locale the reader's language
     * @return the text
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    /**
     * Returns the English text.
     *
     * @return the English text
     */
    @Override
    public String toString() {
        return english;
    }
}
