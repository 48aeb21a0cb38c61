package org.pmokit.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * The checks on dates: every date that working-day arithmetic will use lies within the calendar's
 * coverage; nothing that happened is dated after the status date; ranges are in order.
 *
 * <p>Goal deadlines, risk and change dates need no working-day arithmetic and may lie beyond the
 * calendar's data.
 */
final class DateChecks {

    private DateChecks() {
    }

    static void check(Project p, List<Violation> out) {
        WorkCalendar calendar = p.calendar();
        Optional<LocalDate> status = p.statusDate();
        covered(calendar, p.start(), "start", out);
        status.ifPresent(d -> covered(calendar, d, "statusDate", out));
        for (Activity a : p.activities()) {
            a.constraint().ifPresent(c -> covered(calendar, c.date(), "activities[" + a.id() + "].constraint.date", out));
        }
        for (Milestone m : p.milestones()) {
            String path = "milestones[" + m.id() + "]";
            m.due().ifPresent(d -> covered(calendar, d, path + ".due", out));
            m.actual().ifPresent(d -> {
                covered(calendar, d, path + ".actual", out);
                notAfterStatus(status, d, path + ".actual", out);
            });
        }
        for (int b = 0; b < p.baselines().size(); b++) {
            Baseline baseline = p.baselines().get(b);
            for (int i = 0; i < baseline.activities().size(); i++) {
                BaselineActivity ba = baseline.activities().get(i);
                String path = "baselines[" + b + "].activities[" + i + "]";
                covered(calendar, ba.start(), path + ".start", out);
                covered(calendar, ba.finish(), path + ".finish", out);
                ordered(ba.start(), path + ".start", ba.finish(), path + ".finish", out);
            }
        }
        for (int i = 0; i < p.progress().size(); i++) {
            checkProgress(p.progress().get(i), "progress[" + i + "]", calendar, status, out);
        }
        for (int i = 0; i < p.actualCosts().size(); i++) {
            notAfterStatus(status, p.actualCosts().get(i).date(), "actualCosts[" + i + "].date", out);
        }
    }

    private static void checkProgress(ProgressRecord r, String path, WorkCalendar calendar, Optional<LocalDate> status,
            List<Violation> out) {
        notAfterStatus(status, r.date(), path + ".date", out);
        r.actualStart().ifPresent(d -> {
            covered(calendar, d, path + ".actualStart", out);
            notAfterStatus(status, d, path + ".actualStart", out);
        });
        r.actualFinish().ifPresent(d -> {
            covered(calendar, d, path + ".actualFinish", out);
            notAfterStatus(status, d, path + ".actualFinish", out);
            if (r.actualStart().isEmpty()) {
                // An activity that finished has started; the path keeps the message free of English.
                out.add(Violation.of(path + ".actualStart", ViolationCode.VALUE_REQUIRED, path + ".actualStart"));
            }
        });
        if (r.actualStart().isPresent() && r.actualFinish().isPresent()) {
            ordered(r.actualStart().get(), path + ".actualStart", r.actualFinish().get(), path + ".actualFinish", out);
        }
    }

    private static void covered(WorkCalendar calendar, LocalDate date, String path, List<Violation> out) {
        if (!calendar.covers(date)) {
            out.add(Violation.of(path, ViolationCode.CALENDAR_NOT_COVERED, path, date, calendar.name(),
                    coverage(calendar)));
        }
    }

    /** The covered years, such as {@code 2025-2026}; an unbounded calendar covers the supported years. */
    static String coverage(WorkCalendar calendar) {
        String from = calendar.firstCoveredYear().map(Object::toString)
                .orElse(Integer.toString(WorkCalendar.MIN_SUPPORTED_YEAR));
        String to = calendar.lastCoveredYear().map(Object::toString)
                .orElse(Integer.toString(WorkCalendar.MAX_SUPPORTED_YEAR));
        return from.equals(to) ? from : from + "-" + to;
    }

    private static void notAfterStatus(Optional<LocalDate> status, LocalDate date, String path, List<Violation> out) {
        if (status.isPresent() && date.isAfter(status.get())) {
            out.add(Violation.of(path, ViolationCode.DATE_AFTER_STATUS_DATE, path, date, status.get()));
        }
    }

    private static void ordered(LocalDate first, String firstPath, LocalDate second, String secondPath,
            List<Violation> out) {
        if (second.isBefore(first)) {
            out.add(Violation.of(secondPath, ViolationCode.DATE_ORDER, secondPath, second, firstPath, first));
        }
    }
}
