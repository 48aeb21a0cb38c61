package org.pmokit.reporting;

import java.util.Locale;
import java.util.Objects;
import org.pmokit.rules.Text;

/**
 * The language a report is written in: English or Simplified Chinese (GLOSSARY.md). The caller
 * always chooses; nothing falls back on the default locale.
 */
public enum ReportLanguage {
    /** English, tag {@code en}. */
    ENGLISH("en", Locale.ENGLISH),
    /** Simplified Chinese, tag {@code zh-CN}. */
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    ReportLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * Returns the IETF language tag, as written into reports ({@code lang} of HTML, {@code language}
     * of JSON).
     *
     * @return {@code en} or {@code zh-CN}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the locale of this language.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns a text in this language.
     *
     * @param text the text in both languages
     * @return the English or the Chinese text
     */
    public String of(Text text) {
        Objects.requireNonNull(text, "text");
        return this == ENGLISH ? text.english() : text.chinese();
    }

    /**
     * Returns the language of a locale: Simplified Chinese for any Chinese locale (as
     * {@link Text#in(Locale)} does), English for any English one.
     *
     * @param locale the reader's locale
     * @return the language
     * @throws IllegalArgumentException if the locale is neither English nor Chinese
     */
    public static ReportLanguage of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return switch (locale.getLanguage()) {
            case "en" -> ENGLISH;
            case "zh" -> SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("reports are written in en or zh-CN, not in locale '"
                    + locale.toLanguageTag() + "'");
        };
    }

    /**
     * Returns the language of a tag, as a command line gives it.
     *
     * @param tag {@code en} or {@code zh-CN} (case-insensitive, {@code _} for {@code -} accepted)
     * @return the language
     * @throws IllegalArgumentException if the tag is neither
     */
    public static ReportLanguage parse(String tag) {
        Objects.requireNonNull(tag, "tag");
        String normal = tag.replace('_', '-');
        for (ReportLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(normal)) {
                return language;
            }
        }
        throw new IllegalArgumentException("report language must be en or zh-CN: '" + tag + "'");
    }
}
