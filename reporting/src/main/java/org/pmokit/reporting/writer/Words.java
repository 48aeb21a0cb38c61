package org.pmokit.reporting.writer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.reporting.Label;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.Terms;
import org.pmokit.rules.Display;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.evm.EvmMetric;

/**
 * How the text formats show values in one language: labels, terms, money as {@link Display#money},
 * ratios with three decimals, percentages with one, quantities with at most two, dates in ISO-8601,
 * and undefined metrics with their reason. Every rounding is half-even on the exact decimal value of
 * the {@code double}, so it does not depend on the JDK's {@code Double.toString}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Words {

    private final ReportLanguage language;

    Words(ReportLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    ReportLanguage language() {
        return language;
    }

    String label(Label label) {
        return label.in(language);
    }

    String text(Text text) {
        return language.of(text);
    }

    String term(Enum<?> value) {
        return Terms.of(value, language);
    }

    <E extends Enum<E>> String term(Optional<E> value) {
        return value.map(this::term).orElse("");
    }

    String yesNo(boolean value) {
        return label(value ? Label.YES : Label.NO);
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    /** An instant in RFC 3339 (ISO-8601 with its offset and always the seconds): 2026-02-05T10:30:00+08:00. */
    static String instant(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    static String money(Money money) {
        return Display.money(money);
    }

    static String money(Optional<Money> money) {
        return money.map(Display::money).orElse("");
    }

    /** A number with a fixed number of decimals, half-even. */
    static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A number with at most a number of decimals, half-even, trailing zeros dropped. */
    static String upTo(double value, int decimals) {
        BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static String ratio(double value) {
        return fixed(value, 3);
    }

    static String percent(double value) {
        return fixed(value * 100, 1) + "%";
    }

    String quantity(double value, String unit) {
        String number = upTo(value, 2);
        return switch (unit) {
            case EvmMetric.DAYS -> number + " " + label(Label.WORKING_DAYS);
            case "periods" -> number + " " + label(Label.PERIODS);
            case "", "risks" -> number;
            default -> number + " " + unit;
        };
    }

    /** A metric as a reader sees it; an undefined one with its reason. */
    String metric(MetricValue value, boolean percent) {
        if (value instanceof MetricValue.Amount a) {
            return money(a.money());
        } else if (value instanceof MetricValue.Ratio r) {
            return percent ? percent(r.value()) : ratio(r.value());
        } else if (value instanceof MetricValue.Quantity q) {
            return quantity(q.value(), q.unit());
        } else if (value instanceof MetricValue.Date d) {
            return date(d.date());
        }
        return undefined(((MetricValue.Undefined) value).reason());
    }

    String undefined(Text reason) {
        return label(Label.UNDEFINED) + (language == ReportLanguage.ENGLISH ? ": " : "：") + text(reason);
    }

    /** A list separator in this language. */
    String comma() {
        return language == ReportLanguage.ENGLISH ? ", " : "、";
    }

    /** A label and value separator in this language. */
    String colon() {
        return language == ReportLanguage.ENGLISH ? ": " : "：";
    }
}
