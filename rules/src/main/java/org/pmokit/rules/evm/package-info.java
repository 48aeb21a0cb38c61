/**
 * Earned value and earned schedule, for a project and a portfolio (FORMULAS.md sections 1, 3, 4 and
 * 5), and the earned value rule pack ({@link org.pmokit.rules.evm.EvmRules#pack()}, rules
 * {@code EVM-001} to {@code EVM-008}).
 *
 * <p>{@link org.pmokit.rules.evm.PerformanceBaseline} spreads each baselined activity's budget over
 * its baseline working days by its curve ({@link org.pmokit.rules.evm.PlannedValue}: linear, front-
 * or back-loaded) into cumulative planned value per working day; BAC excludes the reserves.
 * {@link org.pmokit.rules.evm.ProjectEvm} compiles a project's progress records and actual costs
 * against it, and measures the project at a status date ({@link org.pmokit.rules.evm.EvmStatus}: per
 * activity, WBS node, phase and project) or at the end of each week or month
 * ({@link org.pmokit.rules.evm.EvmSeries}, the S-curves). {@link org.pmokit.rules.evm.EvmFigures}
 * computes every metric of a scope — CV, SV, CV%, SV%, CPI, SPI, CSI, the four named EACs, ETC, VAC,
 * TCPI(BAC), TCPI(EAC), and the earned schedule ES, SV(t), SPI(t), TSPI, IEAC(t) with its forecast
 * finish date — and gives an explicit {@link org.pmokit.rules.MetricValue.Undefined} with its reason
 * where FORMULAS.md section 5 says a metric is undefined. {@link org.pmokit.rules.evm.PortfolioEvm}
 * adds projects up, overall and per department, in one currency or with explicit
 * {@link org.pmokit.rules.evm.ExchangeRates}.
 *
 * <p>Money is summed exactly as {@code long} minor units; ratios are {@code double}s computed from
 * the exact sums; EACs are exact quotients rounded half-even once; nothing else is rounded until it is
 * shown. No {@link java.math.BigDecimal} is on the hot path of the sums and the time series.
 */
package org.pmokit.rules.evm;
