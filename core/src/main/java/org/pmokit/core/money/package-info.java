/**
 * Exact money: {@link org.pmokit.core.money.Money} is a {@link java.math.BigDecimal} amount fixed to
 * its currency's scale. No {@code double} appears on any money path; every division names its
 * {@link java.math.RoundingMode}.
 */
package org.pmokit.core.money;
