// Earned value: planned value, earned value and actual cost at the status date; variances and
// indices; estimates at completion; earned schedule; the S-curve over time; the EVM rules.
//
// Run it from the repository root:   ./pmokit notebook earned-value

import java.time.LocalDate;
import java.util.Locale;
import org.pmokit.core.project.Project;
import org.pmokit.examples.Samples;
import org.pmokit.rules.Display;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.evm.EacMethod;
import org.pmokit.rules.evm.EvmFigures;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.evm.EvmRules;
import org.pmokit.rules.evm.EvmSeries;
import org.pmokit.rules.evm.EvmStatus;
import org.pmokit.rules.evm.Period;
import org.pmokit.rules.evm.ProjectEvm;

Project crm = Samples.read("crm-upgrade-2026.json").orElseThrow();
LocalDate statusDate = crm.statusDate().orElseThrow();

// Metrics as a reader wants them: money with its currency, ratios to three places, undefined with the reason.
String show(MetricValue value) {
    if (value instanceof MetricValue.Amount a) {
        return Display.money(a.money());
    }
    if (value instanceof MetricValue.Ratio r) {
        return String.format(Locale.ROOT, "%.3f", r.value());
    }
    if (value instanceof MetricValue.Quantity q) {
        return String.format(Locale.ROOT, "%.1f %s", q.value(), q.unit());
    }
    if (value instanceof MetricValue.Date d) {
        return d.date().toString();
    }
    return "undefined: " + ((MetricValue.Undefined) value).reason();
}

// The engine compiles the performance measurement baseline once; measure it at any date.
ProjectEvm evm = ProjectEvm.of(crm);
EvmStatus status = evm.at(statusDate);
EvmFigures figures = status.project();

// Every metric with its English and Chinese name. A metric that cannot be computed says why
// (for example SPI when nothing was planned yet), never 0 or NaN.
for (EvmMetric metric : EvmMetric.values()) {
    System.out.printf("%-20s %-16s %s%n", metric.label().in(Locale.ENGLISH), metric.label().in(Locale.SIMPLIFIED_CHINESE),
            show(figures.get(metric)));
}

// The four estimates at completion side by side.
for (EacMethod method : EacMethod.values()) {
    System.out.println(method.label().in(Locale.ENGLISH) + ": " + show(figures.eac(method)));
}

// By activity and by phase: where the variance comes from.
status.activities().forEach((id, f) -> System.out.println(id + "  CV " + Display.money(f.cv()) + "  SV "
        + Display.money(f.sv()) + "  CPI " + show(f.cpi())));
status.phases().forEach((phase, f) -> System.out.println(phase + "  PV " + Display.money(f.pv()) + "  EV "
        + Display.money(f.ev()) + "  AC " + Display.money(f.ac())));

// The S-curve: PV, EV and AC at the end of each month up to the status date.
EvmSeries monthly = evm.series(statusDate, Period.MONTH);
for (int i = 0; i < monthly.size(); i++) {
    EvmFigures f = monthly.figures(i);
    System.out.println(monthly.date(i) + "  PV " + Display.money(f.pv()) + "  EV " + Display.money(f.ev()) + "  AC "
            + Display.money(f.ac()));
}

// The EVM rules: index bands (FORMULAS §7), VAC against contingency, TCPI, hidden delays,
// cost without progress and progress without cost.
var evaluation = RuleSet.of(EvmRules.pack()).evaluate(crm, EvaluationContext.of(crm));
for (Finding f : evaluation.findings()) {
    System.out.println("[" + f.severity() + "] " + f.ruleId() + " " + f.subject() + ": " + f.message().in(Locale.ENGLISH));
}
System.out.println(evaluation.findings().size() + " EVM findings; SPI " + show(figures.spi()) + ", CPI " + show(figures.cpi()));
