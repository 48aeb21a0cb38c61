package org.pmokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unit tests for {@link Money}: scale per currency, the text form, arithmetic with explicit rounding,
 * currency mismatches and the limits on hostile input.
 *
 * <p>The few {@link Timeout} annotations guard against a hang on hostile input (a billion-digit
 * expansion); they are a generous ceiling for work that takes microseconds, not a performance check.
 */
class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    /** 30 nines: the largest whole amount allowed. */
    private static final String MAX_WHOLE = "9".repeat(Money.MAX_INTEGER_DIGITS);

    private static Money cny(String amount) {
        return Money.of(CNY, new BigDecimal(amount));
    }

    private static Money jpy(String amount) {
        return Money.of(JPY, new BigDecimal(amount));
    }

    @Nested
    class Of {

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
            "CNY, 12,      12.00,    2",
            "USD, 12,      12.00,    2",
            "JPY, 12,      12,       0",
            "BHD, 12,      12.000,   3",
            "KWD, 0.5,     0.500,    3",
            "CLF, 1.25,    1.2500,   4",
            "CNY, -0.01,   -0.01,    2",
        })
        void of_holdsTheAmountAtTheCurrencyScale(String code, String amount, String expected, int scale) {
            Money money = Money.of(Currency.getInstance(code), new BigDecimal(amount));

            assertThat(money.amount()).isEqualTo(new BigDecimal(expected)); // equals compares the scale too
            assertThat(money.amount().scale()).isEqualTo(scale);
            assertThat(money.currency().getCurrencyCode()).isEqualTo(code);
        }

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
            "CNY, 1.500,        1.50",
            "CNY, 1.5000000000, 1.50",
            "CNY, 2.4E+6,       2400000.00",
            "JPY, 1500.000,     1500",
            "JPY, 1.5E+3,       1500",
            "BHD, 0.1250,       0.125",
        })
        void of_acceptsTrailingZerosBeyondTheScale(String code, String amount, String expected) {
            Money money = Money.of(Currency.getInstance(code), new BigDecimal(amount));

            assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', value = {
            "CNY | 1.234   | amount has more decimal places than CNY allows (2): 1.234",
            "CNY | 1.0001  | amount has more decimal places than CNY allows (2): 1.0001",
            "CNY | -0.005  | amount has more decimal places than CNY allows (2): -0.005",
            "JPY | 1.5     | amount has more decimal places than JPY allows (0): 1.5",
            "JPY | 0.10    | amount has more decimal places than JPY allows (0): 0.10",
            "BHD | 0.0001  | amount has more decimal places than BHD allows (3): 0.0001",
            "CLF | 0.00001 | amount has more decimal places than CLF allows (4): 0.00001",
        })
        void of_rejectsMoreDecimalPlacesThanTheCurrencyAllows(String code, String amount, String message) {
            Currency currency = Currency.getInstance(code);
            BigDecimal value = new BigDecimal(amount);

            assertThatThrownBy(() -> Money.of(currency, value))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage(message);
        }

        @Test
        void of_pseudoCurrencyWithoutMinorUnit_hasScaleZero() {
            Currency gold = Currency.getInstance("XAU");

            assertThat(Money.of(gold, 3).amount()).isEqualTo(new BigDecimal("3"));
            assertThatThrownBy(() -> Money.of(gold, new BigDecimal("1.5")))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("amount has more decimal places than XAU allows (0): 1.5");
        }

        @Test
        void of_long_givesWholeMajorUnits() {
            assertThat(Money.of(CNY, 350_000L)).isEqualTo(cny("350000.00"));
            assertThat(Money.of(JPY, -500L).toString()).isEqualTo("JPY -500");
            assertThat(Money.of(CNY, Long.MAX_VALUE).amount()).isEqualTo(new BigDecimal(Long.MAX_VALUE + ".00"));
        }

        @Test
        void of_string_readsPlainAndScientificNotation() {
            assertThat(Money.of(CNY, "2400000.00")).isEqualTo(cny("2400000"));
            assertThat(Money.of(CNY, "1.5E+3")).isEqualTo(cny("1500"));
            assertThat(Money.of(CNY, "-0.25")).isEqualTo(cny("-0.25"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "12.5a", "1,000.00", "", " 1.00", "1.00 ", "--1", "1e", "0x10"})
        void of_string_rejectsWhatIsNotADecimalNumber(String amount) {
            assertThatThrownBy(() -> Money.of(CNY, amount))
                    .isInstanceOf(NumberFormatException.class)
                    .hasMessage("amount is not a decimal number: '" + amount + "'");
        }

        @Test
        void of_currencyCode_readsTheIsoCode() {
            Money money = Money.of("JPY", "500");

            assertThat(money.currency()).isEqualTo(JPY);
            assertThat(money.amount()).isEqualTo(new BigDecimal("500"));
        }

        @Test
        void of_currencyCode_rejectsAnUnknownCode_quotingIt() {
            assertThatThrownBy(() -> Money.of("ABC", "1.00"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown ISO 4217 currency code: 'ABC'");
        }

        @Test
        void of_acceptsTheLargestAmountWithinTheMagnitudeLimit() {
            Money largest = Money.of(CNY, new BigDecimal(MAX_WHOLE + ".99"));
            Money mostNegative = Money.of(JPY, new BigDecimal("-" + MAX_WHOLE));

            assertThat(largest.toString()).isEqualTo("CNY " + MAX_WHOLE + ".99");
            assertThat(mostNegative.toString()).isEqualTo("JPY -" + MAX_WHOLE);
        }

        @Test
        void of_rejectsMoreIntegerDigitsThanTheMagnitudeLimit_namingTheLimit() {
            String thirtyOneDigits = "1" + "0".repeat(Money.MAX_INTEGER_DIGITS);

            assertThatThrownBy(() -> Money.of(CNY, new BigDecimal(thirtyOneDigits)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: " + thirtyOneDigits);
            assertThatThrownBy(() -> Money.of(JPY, new BigDecimal("-" + thirtyOneDigits)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: -" + thirtyOneDigits);
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void of_rejectsAHugeExponent_withoutExpandingIt() {
            BigDecimal huge = new BigDecimal("1e999999999");

            assertThatThrownBy(() -> Money.of(CNY, huge))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: 1E+999999999");
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void of_rejectsAHugeNegativeExponent_withoutExpandingIt() {
            BigDecimal tiny = new BigDecimal("1e-999999999");

            assertThatThrownBy(() -> Money.of(CNY, tiny))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("amount has more decimal places than CNY allows (2): 1E-999999999");
        }

        @Test
        void of_writesALongAmountInItsMessageInShortForm() {
            assertThatThrownBy(() -> Money.of(CNY, new BigDecimal("1e-100000")))
                    .hasMessage("amount has more decimal places than CNY allows (2): 1E-100000");
            String longFraction = "0." + "1".repeat(80);
            assertThatThrownBy(() -> Money.of(CNY, new BigDecimal(longFraction)))
                    .hasMessage("amount has more decimal places than CNY allows (2): " + longFraction.substring(0, 57) + "...");
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void of_acceptsZeroWithAnyExponent() {
            assertThat(Money.of(CNY, new BigDecimal("0e999999999"))).isEqualTo(Money.zero(CNY));
            assertThat(Money.of(CNY, new BigDecimal("0e-999999999"))).isEqualTo(Money.zero(CNY));
            assertThat(Money.of(JPY, new BigDecimal("0.000"))).isEqualTo(Money.zero(JPY));
        }

        @Test
        void of_rejectsNullArguments_namingThem() {
            assertThatThrownBy(() -> Money.of(null, BigDecimal.ONE)).hasMessage("currency");
            assertThatThrownBy(() -> Money.of(CNY, (BigDecimal) null)).hasMessage("amount");
            assertThatThrownBy(() -> Money.of(CNY, (String) null)).hasMessage("amount");
            assertThatThrownBy(() -> Money.of((String) null, "1")).hasMessage("currencyCode");
            assertThatThrownBy(() -> Money.ofMinor(null, 1)).hasMessage("currency");
            assertThatThrownBy(() -> Money.zero(null)).hasMessage("currency");
        }
    }

    @Nested
    class MinorUnits {

        @ParameterizedTest(name = "{0} {1} minor units -> {2}")
        @CsvSource({
            "CNY, 12345,  123.45",
            "CNY, -1,     -0.01",
            "CNY, 0,      0.00",
            "JPY, 12345,  12345",
            "BHD, 12345,  12.345",
            "CLF, 12345,  1.2345",
        })
        void ofMinor_placesTheDecimalPointByTheCurrencyScale(String code, long minor, String expected) {
            Money money = Money.ofMinor(Currency.getInstance(code), minor);

            assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
            assertThat(money.toMinorUnits()).isEqualTo(minor);
        }

        @Test
        void toMinorUnits_countsFenForCnyAndYenForJpy() {
            assertThat(cny("123.45").toMinorUnits()).isEqualTo(12_345L);
            assertThat(cny("-2400000").toMinorUnits()).isEqualTo(-240_000_000L);
            assertThat(jpy("500").toMinorUnits()).isEqualTo(500L);
            assertThat(Money.of(BHD, new BigDecimal("1.5")).toMinorUnits()).isEqualTo(1_500L);
        }

        @Test
        void ofMinor_andToMinorUnits_keepTheLongExtremes() {
            assertThat(Money.ofMinor(CNY, Long.MAX_VALUE).toMinorUnits()).isEqualTo(Long.MAX_VALUE);
            assertThat(Money.ofMinor(CNY, Long.MIN_VALUE).toMinorUnits()).isEqualTo(Long.MIN_VALUE);
            assertThat(Money.ofMinor(CNY, Long.MIN_VALUE).amount()).isEqualTo(new BigDecimal("-92233720368547758.08"));
        }

        @Test
        void toMinorUnits_throws_whenTheAmountDoesNotFitInALong() {
            Money tooBig = Money.ofMinor(CNY, Long.MAX_VALUE).plus(Money.ofMinor(CNY, 1));

            assertThatThrownBy(tooBig::toMinorUnits).isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    class Zero {

        @Test
        void zero_hasTheCurrencyScale() {
            assertThat(Money.zero(CNY).amount()).isEqualTo(new BigDecimal("0.00"));
            assertThat(Money.zero(JPY).amount()).isEqualTo(new BigDecimal("0"));
            assertThat(Money.zero(BHD).amount()).isEqualTo(new BigDecimal("0.000"));
            assertThat(Money.zero(CNY).toString()).isEqualTo("CNY 0.00");
        }

        @Test
        void zero_equalsEveryOtherWayOfWritingZero() {
            assertThat(Money.zero(CNY))
                    .isEqualTo(Money.of(CNY, 0))
                    .isEqualTo(Money.ofMinor(CNY, 0))
                    .isEqualTo(Money.parse("CNY -0.00"))
                    .isEqualTo(cny("0.5").minus(cny("0.50")))
                    .isNotEqualTo(Money.zero(USD));
        }
    }

    @Nested
    class Parse {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "CNY 2400000.00 | CNY | 2400000.00",
            "CNY 12.5       | CNY | 12.50",
            "CNY 1.500      | CNY | 1.50",
            "CNY 7          | CNY | 7.00",
            "CNY -0.01      | CNY | -0.01",
            "JPY -500       | JPY | -500",
            "BHD 0.125      | BHD | 0.125",
            "USD 1E+3       | USD | 1000.00",
        })
        void parse_readsTheTextForm(String text, String code, String amount) {
            Money money = Money.parse(text);

            assertThat(money.currency().getCurrencyCode()).isEqualTo(code);
            assertThat(money.amount()).isEqualTo(new BigDecimal(amount));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CNY 2400000.00", "JPY -500", "BHD 0.125", "CNY 0.00", "CLF -1.2345",
            "JPY " + "999999999999999999999999999999"})
        void parse_readsBackWhatToStringWrites(String text) {
            Money money = Money.parse(text);

            assertThat(money.toString()).isEqualTo(text);
            assertThat(Money.parse(money.toString())).isEqualTo(money);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CNY \u0661\u0662", "CNY \uff11\uff12.00", "CNY 1\u00a0000"})
        void parse_rejectsDigitsOtherThanAscii(String text) {
            assertThatThrownBy(() -> Money.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid money '" + text + "': amount is not a decimal number: '" + text.substring(4) + "'");
        }

        @Test
        void parse_acceptsAnyCharSequence() {
            assertThat(Money.parse(new StringBuilder("CNY 1.5"))).isEqualTo(cny("1.50"));
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "CNY12.50",      // missing space
            "CNY  12.50",    // two spaces
            "CNY 12.50 ",    // trailing space
            "CNY 1 000",     // space inside the amount
            " CNY 12.50",    // leading space
            "CNY\t12.50",    // a tab is not a space
            "CNY ",          // empty amount
            "CNY",           // no amount at all
            "",              // nothing
            "CN 12.50",      // code too short
            "CNYX 12.50",    // code too long
            "12.50 CNY",     // amount first
        })
        void parse_rejectsTextNotInTheForm_codeSpaceAmount(String text) {
            assertThatThrownBy(() -> Money.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("money must be a currency code, a space and an amount, such as 'CNY 12.50': '" + text + "'");
        }

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', value = {
            "XYZ 12.50        | unknown ISO 4217 currency code: 'XYZ'",
            "cny 12.50        | unknown ISO 4217 currency code: 'cny'",
            "CNY abc          | amount is not a decimal number: 'abc'",
            "CNY 12.5a        | amount is not a decimal number: '12.5a'",
            "CNY 1,000.00     | amount is not a decimal number: '1,000.00'",
            "CNY -            | amount is not a decimal number: '-'",
            "CNY 1.234        | amount has more decimal places than CNY allows (2): 1.234",
            "JPY 0.5          | amount has more decimal places than JPY allows (0): 0.5",
            "CNY 1e999999999  | amount exponent is out of range: 1e999999999",
            "CNY 1e-999999999 | amount exponent is out of range: 1e-999999999",
            "CNY 1e31         | amount exponent is out of range: 1e31",
            "CNY 1e30         | amount must have at most 30 integer digits: 1000000000000000000000000000000",
        })
        void parse_rejectsABadCodeOrAmount_quotingTheText(String text, String reason) {
            assertThatThrownBy(() -> Money.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid money '" + text + "': " + reason);
        }

        @Test
        void parse_rejectsAnAmountBeyondTheMagnitudeLimit_quotingTheText() {
            String thirtyOneDigits = "1" + "0".repeat(Money.MAX_INTEGER_DIGITS);
            String text = "CNY " + thirtyOneDigits;

            assertThatThrownBy(() -> Money.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid money '" + text + "': amount must have at most 30 integer digits: " + thirtyOneDigits);
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void parse_rejectsATenThousandDigitAmount_withAShortMessage() {
            String digits = "9".repeat(10_000);
            String text = "CNY " + digits;

            assertThatThrownBy(() -> Money.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid money '" + text.substring(0, 57) + "...': amount is too long (10000 characters): "
                            + digits.substring(0, 57) + "...");
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void parse_rejectsATenThousandDigitFraction_withAShortMessage() {
            String text = "CNY 0." + "0".repeat(9_997) + "1";

            assertThatThrownBy(() -> Money.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("amount is too long (10000 characters)")
                    .hasMessageStartingWith("invalid money 'CNY 0.000")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        }

        @Test
        void parse_keepsTheCauseOfABadAmount() {
            assertThatThrownBy(() -> Money.parse("CNY 1.234"))
                    .cause()
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("amount has more decimal places than CNY allows (2): 1.234");
        }

        @Test
        void parse_rejectsNull() {
            assertThatThrownBy(() -> Money.parse(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("text");
        }
    }

    @Nested
    class TextForm {

        @Test
        void toString_writesTheCodeASpaceAndThePlainAmount() {
            assertThat(Money.of(CNY, "2.4E+6")).hasToString("CNY 2400000.00");
            assertThat(Money.of(JPY, -500)).hasToString("JPY -500");
            assertThat(Money.of(BHD, "0.1")).hasToString("BHD 0.100");
            assertThat(Money.of(CNY, "1E+29")).hasToString("CNY 100000000000000000000000000000.00");
        }
    }

    @Nested
    class PlusAndMinus {

        @Test
        void plus_addsExactly_whereDoubleWouldNot() {
            assertThat(cny("0.10").plus(cny("0.20"))).isEqualTo(cny("0.30"));
            assertThat(cny("-5.25").plus(cny("2.00"))).isEqualTo(cny("-3.25"));
            assertThat(jpy("100").plus(jpy("-100"))).isEqualTo(Money.zero(JPY));
        }

        @Test
        void minus_subtractsExactly_whereDoubleWouldNot() {
            assertThat(cny("1.00").minus(cny("0.90"))).isEqualTo(cny("0.10"));
            assertThat(cny("1.00").minus(cny("2.50"))).isEqualTo(cny("-1.50"));
            assertThat(Money.of(BHD, "1.001").minus(Money.of(BHD, "0.002"))).isEqualTo(Money.of(BHD, "0.999"));
        }

        @Test
        void plus_throwsCurrencyMismatch_namingBothCurrencies() {
            Money yuan = cny("1.00");
            Money dollar = Money.of(USD, 1);

            assertThatThrownBy(() -> yuan.plus(dollar))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("currency mismatch: CNY and USD")
                    .satisfies(e -> {
                        CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
                        assertThat(mismatch.first()).isEqualTo(CNY);
                        assertThat(mismatch.second()).isEqualTo(USD);
                    });
        }

        @Test
        void minus_throwsCurrencyMismatch_namingBothCurrencies_leftFirst() {
            assertThatThrownBy(() -> Money.of(USD, 1).minus(jpy("1")))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessage("currency mismatch: USD and JPY");
        }

        @Test
        void plus_rejectsASumBeyondTheMagnitudeLimit() {
            Money largest = cny(MAX_WHOLE + ".99");

            assertThatThrownBy(() -> largest.plus(cny("0.01")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: 1" + "0".repeat(30) + ".00");
        }

        @Test
        void minus_rejectsADifferenceBeyondTheMagnitudeLimit() {
            Money mostNegative = jpy("-" + MAX_WHOLE);

            assertThatThrownBy(() -> mostNegative.minus(jpy("1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: -1" + "0".repeat(30));
        }

        @Test
        void plusAndMinus_rejectNull() {
            assertThatThrownBy(() -> cny("1").plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
            assertThatThrownBy(() -> cny("1").minus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        }
    }

    @Nested
    class Multiplication {

        @ParameterizedTest(name = "{0} x {1} = {2}")
        @CsvSource({
            "0.10,   3,  0.30",
            "1.99,   0,  0.00",
            "2.50,  -4,  -10.00",
            "-0.01, -1,  0.01",
        })
        void multipliedBy_long_isExact(String amount, long factor, String expected) {
            assertThat(cny(amount).multipliedBy(factor)).isEqualTo(cny(expected));
        }

        @Test
        void multipliedBy_long_rejectsAProductBeyondTheMagnitudeLimit() {
            Money big = Money.of(CNY, "1E+29");

            assertThatThrownBy(() -> big.multipliedBy(10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: 1" + "0".repeat(30) + ".00");
        }

        @ParameterizedTest(name = "{0} x {1} {2} = {3}")
        @CsvSource({
            // 1.00 x 0.125 = 0.125: a tie whose kept digit (2) is even
            " 1.00, 0.125, HALF_EVEN,  0.12",
            " 1.00, 0.125, HALF_UP,    0.13",
            " 1.00, 0.125, HALF_DOWN,  0.12",
            " 1.00, 0.125, DOWN,       0.12",
            " 1.00, 0.125, UP,         0.13",
            " 1.00, 0.125, FLOOR,      0.12",
            " 1.00, 0.125, CEILING,    0.13",
            // the same tie below zero: FLOOR and CEILING swap, HALF_* are symmetric
            "-1.00, 0.125, HALF_EVEN, -0.12",
            "-1.00, 0.125, HALF_UP,   -0.13",
            "-1.00, 0.125, HALF_DOWN, -0.12",
            "-1.00, 0.125, DOWN,      -0.12",
            "-1.00, 0.125, UP,        -0.13",
            "-1.00, 0.125, FLOOR,     -0.13",
            "-1.00, 0.125, CEILING,   -0.12",
            // 3.00 x 0.0275 = 0.0825: not a tie
            " 3.00, 0.0275, HALF_EVEN, 0.08",
            " 3.00, 0.0275, HALF_UP,   0.08",
            " 3.00, 0.0275, UP,        0.09",
            // exact products come out exact in every mode
            "10.00, 0.125, UNNECESSARY, 1.25",
            "10.00, 0.125, HALF_UP,     1.25",
            "10.00, 1.5,   FLOOR,       15.00",
        })
        void multipliedBy_decimal_roundsToTheCurrencyScaleAsTold(
                String amount, String factor, RoundingMode rounding, String expected) {
            Money product = cny(amount).multipliedBy(new BigDecimal(factor), rounding);

            assertThat(product.amount()).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void multipliedBy_decimal_roundsToWholeYenForJpy() {
            // 1000 x 0.0825 = 82.5
            assertThat(jpy("1000").multipliedBy(new BigDecimal("0.0825"), RoundingMode.HALF_EVEN)).isEqualTo(jpy("82"));
            assertThat(jpy("1000").multipliedBy(new BigDecimal("0.0825"), RoundingMode.HALF_UP)).isEqualTo(jpy("83"));
        }

        @Test
        void multipliedBy_decimal_withUnnecessary_throws_whenRoundingIsNeeded() {
            assertThatThrownBy(() -> cny("1.00").multipliedBy(new BigDecimal("0.125"), RoundingMode.UNNECESSARY))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("Rounding necessary");
        }

        @Test
        void multipliedBy_decimal_rejectsAProductBeyondTheMagnitudeLimit() {
            Money big = Money.of(CNY, "1E+29");

            assertThatThrownBy(() -> big.multipliedBy(new BigDecimal("10.0"), RoundingMode.HALF_EVEN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 30 integer digits: 1" + "0".repeat(30) + ".00");
        }

        @Test
        void multipliedBy_decimal_rejectsNull() {
            assertThatThrownBy(() -> cny("1").multipliedBy(null, RoundingMode.HALF_EVEN)).hasMessage("factor");
            assertThatThrownBy(() -> cny("1").multipliedBy(BigDecimal.ONE, null)).hasMessage("rounding");
        }
    }

    @Nested
    class Division {

        @ParameterizedTest(name = "{0} / {1} {2} = {3}")
        @CsvSource({
            // 10.00 / 3 = 3.333...
            " 10.00, 3, DOWN,       3.33",
            " 10.00, 3, UP,         3.34",
            " 10.00, 3, FLOOR,      3.33",
            " 10.00, 3, CEILING,    3.34",
            " 10.00, 3, HALF_EVEN,  3.33",
            " 10.00, 3, HALF_UP,    3.33",
            " 10.00, 3, HALF_DOWN,  3.33",
            "-10.00, 3, DOWN,      -3.33",
            "-10.00, 3, UP,        -3.34",
            "-10.00, 3, FLOOR,     -3.34",
            "-10.00, 3, CEILING,   -3.33",
            // 20.00 / 3 = 6.666...
            " 20.00, 3, HALF_EVEN,  6.67",
            " 20.00, 3, HALF_DOWN,  6.67",
            " 20.00, 3, DOWN,       6.66",
            // 0.25 / 2 = 0.125: a tie, kept digit 2 is even, HALF_EVEN and HALF_UP differ
            "  0.25, 2, HALF_EVEN,  0.12",
            "  0.25, 2, HALF_UP,    0.13",
            "  0.25, 2, HALF_DOWN,  0.12",
            " -0.25, 2, HALF_EVEN, -0.12",
            " -0.25, 2, HALF_UP,   -0.13",
            " -0.25, 2, HALF_DOWN, -0.12",
            // 0.35 / 2 = 0.175: a tie, kept digit 7 is odd, HALF_EVEN and HALF_UP agree
            "  0.35, 2, HALF_EVEN,  0.18",
            "  0.35, 2, HALF_UP,    0.18",
            "  0.35, 2, HALF_DOWN,  0.17",
            // exact quotients in every mode
            " 10.00, 4, UNNECESSARY, 2.50",
            " 10.00, 4, HALF_UP,     2.50",
            " 10.00, -4, FLOOR,     -2.50",
        })
        void dividedBy_long_roundsToTheCurrencyScaleAsTold(
                String amount, long divisor, RoundingMode rounding, String expected) {
            Money quotient = cny(amount).dividedBy(divisor, rounding);

            assertThat(quotient.amount()).isEqualTo(new BigDecimal(expected));
            assertThat(quotient.currency()).isEqualTo(CNY);
        }

        @ParameterizedTest(name = "JPY {0} / 2 HALF_EVEN = {1}, HALF_UP = {2}")
        @CsvSource({
            "1, 0, 1",
            "3, 2, 2",
            "5, 2, 3",
            "7, 4, 4",
            "-5, -2, -3",
        })
        void dividedBy_halfEvenAndHalfUp_differOnlyOnATieWithAnEvenKeptDigit(String amount, String halfEven, String halfUp) {
            assertThat(jpy(amount).dividedBy(2, RoundingMode.HALF_EVEN)).isEqualTo(jpy(halfEven));
            assertThat(jpy(amount).dividedBy(2, RoundingMode.HALF_UP)).isEqualTo(jpy(halfUp));
        }

        @Test
        void dividedBy_decimalDivisor_roundsToTheCurrencyScale() {
            assertThat(cny("100.00").dividedBy(new BigDecimal("1.5"), RoundingMode.HALF_EVEN)).isEqualTo(cny("66.67"));
            assertThat(cny("100.00").dividedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY)).isEqualTo(cny("200.00"));
            assertThat(Money.of(BHD, "1.000").dividedBy(new BigDecimal("3"), RoundingMode.HALF_EVEN))
                    .isEqualTo(Money.of(BHD, "0.333"));
        }

        @Test
        void dividedBy_withUnnecessary_throws_whenTheQuotientIsNotExact() {
            assertThatThrownBy(() -> cny("10.00").dividedBy(3, RoundingMode.UNNECESSARY))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("Rounding necessary");
            assertThatThrownBy(() -> cny("0.01").dividedBy(new BigDecimal("2"), RoundingMode.UNNECESSARY))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("Rounding necessary");
        }

        @ParameterizedTest
        @EnumSource(RoundingMode.class)
        void dividedBy_zero_throws_namingTheAmount(RoundingMode rounding) {
            assertThatThrownBy(() -> cny("10.00").dividedBy(0, rounding))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("cannot divide CNY 10.00 by zero");
            assertThatThrownBy(() -> jpy("-7").dividedBy(new BigDecimal("0.000"), rounding))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("cannot divide JPY -7 by zero");
        }

        @Test
        void dividedBy_rejectsNull() {
            assertThatThrownBy(() -> cny("1").dividedBy(null, RoundingMode.HALF_EVEN)).hasMessage("divisor");
            assertThatThrownBy(() -> cny("1").dividedBy(BigDecimal.ONE, null)).hasMessage("rounding");
            assertThatThrownBy(() -> cny("1").dividedBy(2, null)).hasMessage("rounding");
        }

        @Test
        void ratioTo_dividesToTheGivenScale() {
            assertThat(cny("1.00").ratioTo(cny("3.00"), 4, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.3333"));
            assertThat(cny("2.00").ratioTo(cny("3.00"), 2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("0.66"));
            assertThat(jpy("-5").ratioTo(jpy("4"), 1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-1.3"));
        }

        @Test
        void ratioTo_throws_whenTheDenominatorIsZero() {
            assertThatThrownBy(() -> cny("1.00").ratioTo(Money.zero(CNY), 4, RoundingMode.HALF_EVEN))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("cannot divide CNY 1.00 by zero");
        }

        @Test
        void ratioTo_throwsCurrencyMismatch_namingBothCurrencies() {
            assertThatThrownBy(() -> cny("1.00").ratioTo(Money.of(USD, 1), 4, RoundingMode.HALF_EVEN))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessage("currency mismatch: CNY and USD");
        }
    }

    @Nested
    class SignAndNegation {

        @ParameterizedTest(name = "{0}: zero {1}, negative {2}, positive {3}")
        @CsvSource({
            "-0.01, false, true,  false",
            "0.00,  true,  false, false",
            "-0.00, true,  false, false",
            "0.01,  false, false, true",
            "-" + "999999999999999999999999999999" + ", false, true, false",
        })
        void isZero_isNegative_isPositive_readTheSign(String amount, boolean zero, boolean negative, boolean positive) {
            Money money = cny(amount);

            assertThat(money.isZero()).isEqualTo(zero);
            assertThat(money.isNegative()).isEqualTo(negative);
            assertThat(money.isPositive()).isEqualTo(positive);
        }

        @Test
        void negated_flipsTheSignAndKeepsTheCurrencyScale() {
            assertThat(cny("12.50").negated()).isEqualTo(cny("-12.50"));
            assertThat(cny("-12.50").negated()).isEqualTo(cny("12.50"));
            assertThat(Money.zero(CNY).negated()).isEqualTo(Money.zero(CNY));
            assertThat(Money.of(BHD, 1).negated().amount()).isEqualTo(new BigDecimal("-1.000"));
        }

        @Test
        void abs_dropsTheSign() {
            assertThat(cny("-12.50").abs()).isEqualTo(cny("12.50"));
            assertThat(cny("12.50").abs()).isEqualTo(cny("12.50"));
            assertThat(Money.zero(JPY).abs()).isEqualTo(Money.zero(JPY));
        }
    }

    @Nested
    class Comparison {

        @Test
        void compareTo_ordersBySizeWithinACurrency() {
            assertThat(cny("1.00").compareTo(cny("1.01"))).isNegative();
            assertThat(cny("1.01").compareTo(cny("1.00"))).isPositive();
            assertThat(cny("-5.00").compareTo(cny("0.01"))).isNegative();
            assertThat(cny("1.5").compareTo(cny("1.50"))).isZero();
        }

        @Test
        void isGreaterThan_andIsLessThan_areStrict() {
            assertThat(cny("2.00").isGreaterThan(cny("1.99"))).isTrue();
            assertThat(cny("2.00").isGreaterThan(cny("2.00"))).isFalse();
            assertThat(cny("1.99").isLessThan(cny("2.00"))).isTrue();
            assertThat(cny("2.00").isLessThan(cny("2.00"))).isFalse();
            assertThat(cny("-3.00").isLessThan(cny("-2.99"))).isTrue();
        }

        @Test
        void sorting_ordersAmountsNumerically_notAsText() {
            List<Money> amounts = new ArrayList<>(List.of(cny("10.00"), cny("-2.00"), cny("9.99"), cny("0.00"), cny("100")));
            Collections.sort(amounts);

            assertThat(amounts).containsExactly(cny("-2.00"), cny("0.00"), cny("9.99"), cny("10.00"), cny("100"));
        }

        @Test
        void compareTo_throwsCurrencyMismatch_acrossCurrencies_evenForEqualNumbers() {
            Money yuan = cny("1.00");
            Money dollar = Money.of(USD, 1);

            assertThatThrownBy(() -> yuan.compareTo(dollar))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessage("currency mismatch: CNY and USD");
            assertThatThrownBy(() -> dollar.isGreaterThan(yuan))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessage("currency mismatch: USD and CNY");
            assertThatThrownBy(() -> yuan.isLessThan(jpy("1")))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessage("currency mismatch: CNY and JPY");
        }

        @Test
        void compareTo_rejectsNull() {
            assertThatThrownBy(() -> cny("1").compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        }
    }

    @Nested
    class Equality {

        @Test
        void equals_ignoresHowManyTrailingZerosTheInputHad() {
            Money fromOnePointFiveZero = Money.of(CNY, new BigDecimal("1.50"));
            Money fromOnePointFive = Money.of(CNY, new BigDecimal("1.5"));

            assertThat(fromOnePointFiveZero).isEqualTo(fromOnePointFive);
            assertThat(fromOnePointFiveZero.hashCode()).isEqualTo(fromOnePointFive.hashCode());
            assertThat(Money.parse("CNY 1.50")).isEqualTo(Money.parse("CNY 1.5")).isEqualTo(Money.ofMinor(CNY, 150));
            assertThat(Money.parse("CNY 1.50").hashCode()).isEqualTo(Money.parse("CNY 1.5").hashCode());
        }

        @Test
        void equals_isFalse_forTheSameNumberInAnotherCurrency() {
            assertThat(cny("1.00")).isNotEqualTo(Money.of(USD, 1));
            assertThat(Money.zero(CNY)).isNotEqualTo(Money.zero(USD));
        }

        @Test
        void equals_isFalse_forAnotherAmount_null_orAnotherType() {
            Money money = cny("1.00");

            assertThat(money).isNotEqualTo(cny("1.01"));
            assertThat(money).isNotEqualTo(cny("-1.00"));
            assertThat(money.equals(null)).isFalse();
            assertThat(money.equals(new BigDecimal("1.00"))).isFalse();
            assertThat(money.equals("CNY 1.00")).isFalse();
            assertThat(money).isEqualTo(money);
        }

        @Test
        void hashCode_differsBetweenCurrencies_andAmounts() {
            // Not required by the contract, but a hash that ignored either part would be useless in a map.
            assertThat(cny("1.00").hashCode()).isNotEqualTo(Money.of(USD, 1).hashCode());
            assertThat(cny("1.00").hashCode()).isNotEqualTo(cny("2.00").hashCode());
        }
    }

    @Nested
    class Design {

        @Test
        void api_neverTakesOrReturnsDoubleOrFloat() {
            List<String> offenders = new ArrayList<>();
            for (Method method : Money.class.getDeclaredMethods()) {
                if (isFloatingPoint(method.getReturnType())
                        || Arrays.stream(method.getParameterTypes()).anyMatch(MoneyTest::isFloatingPoint)) {
                    offenders.add(method.toString());
                }
            }
            for (Field field : Money.class.getDeclaredFields()) {
                if (isFloatingPoint(field.getType())) {
                    offenders.add(field.toString());
                }
            }
            Arrays.stream(Money.class.getDeclaredConstructors())
                    .filter(c -> Arrays.stream(c.getParameterTypes()).anyMatch(MoneyTest::isFloatingPoint))
                    .forEach(c -> offenders.add(c.toString()));

            assertThat(offenders).isEmpty();
        }

        @Test
        void money_isAFinalClassWithFinalFields() {
            assertThat(Modifier.isFinal(Money.class.getModifiers())).isTrue();
            for (Field field : Money.class.getDeclaredFields()) {
                if (!field.isSynthetic()) { // coverage agents add their own fields
                    assertThat(Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue();
                }
            }
        }
    }

    private static boolean isFloatingPoint(Class<?> type) {
        return type == double.class || type == float.class || type == Double.class || type == Float.class;
    }
}
