package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Text;

/**
 * Exact arithmetic on amounts in minor units ({@code long}), the representation of every sum of the
 * earned value engine: no {@code double} and no {@link java.math.BigDecimal} on the hot path.
 * Products that leave the {@code long} range fall back to {@link BigInteger}, so every result is exact
 * or rounded once, half-even.
 */
final class MinorUnits {

    private static final BigInteger TWO = BigInteger.valueOf(2);

    private MinorUnits() {
    }

    /**
     * Returns {@code a x b / c} rounded half-even, exactly.
     *
     * @param a not negative
     * @param b not negative
     * @param c positive
     * @throws ArithmeticException if the result does not fit in a {@code long}
     */
    static long mulDivHalfEven(long a, long b, long c) {
        long q = a / c;
        long x = a % c;
        long high = Math.multiplyHigh(x, b);
        long low = x * b;
        if (high == 0 && low >= 0) {
            long whole = q * b;
            if (b == 0 || (q <= Long.MAX_VALUE / b)) {
                long floor = whole + low / c;
                if (floor >= whole) { // no overflow
                    return roundHalfEven(floor, low % c, c);
                }
            }
        }
        return big(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), BigInteger.valueOf(c));
    }

    /**
     * Returns {@code a x b x c / (d x e)} rounded half-even, exactly.
     *
     * @param a not negative
     * @param b not negative
     * @param c not negative
     * @param d positive
     * @param e positive
     * @throws ArithmeticException if the result does not fit in a {@code long}
     */
    static long mulDivHalfEven(long a, long b, long c, long d, long e) {
        BigInteger numerator = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).multiply(BigInteger.valueOf(c));
        return big(numerator, BigInteger.valueOf(d).multiply(BigInteger.valueOf(e)));
    }

    /** Rounds {@code floor + remainder / divisor} half-even; 0 <= remainder < divisor. */
    private static long roundHalfEven(long floor, long remainder, long divisor) {
        long rest = divisor - remainder;
        if (remainder > rest || (remainder == rest && (floor & 1) != 0)) {
            return floor + 1;
        }
        return floor;
    }

    private static long big(BigInteger numerator, BigInteger divisor) {
        BigInteger[] qr = numerator.divideAndRemainder(divisor);
        int half = qr[1].multiply(TWO).compareTo(divisor);
        BigInteger q = qr[0];
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.longValueExact();
    }

    /**
     * Adds two amounts, refusing an overflow with a message that says what was added.
     *
     * @throws EvmInputException if the sum leaves the {@code long} range
     */
    static long add(long sum, long amount, Text what) {
        long result = sum + amount;
        if (((sum ^ result) & (amount ^ result)) < 0) {
            throw new EvmInputException(Reasons.tooLarge(what));
        }
        return result;
    }

    /** The amount in minor units, refusing one beyond the {@code long} range. */
    static long of(Money money, Text what) {
        BigDecimal amount = money.amount();
        try {
            // the amount is at the currency's scale; moving the point keeps a compact value compact,
            // where toMinorUnits() goes through a BigInteger
            return amount.scaleByPowerOfTen(amount.scale()).longValueExact();
        } catch (ArithmeticException e) {
            throw new EvmInputException(Reasons.tooLarge(what));
        }
    }

    /** The money for an amount in minor units. */
    static Money money(Currency currency, long minor) {
        return Money.ofMinor(currency, minor);
    }
}
