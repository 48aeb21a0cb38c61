package org.pmokit.core.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a built-in calendar from its data resource, a properties file next to this class (see
 * {@code cn.properties} for the format): {@code weekend}, {@code coverage}, and
 * {@code <year>.<holiday>.off} / {@code <year>.<holiday>.work} entries of dates and date ranges.
 */
final class CalendarData {

    /** The longest range of dates one entry may name: a typo such as 2026-01-01..2062-01-01 is refused. */
    static final int MAX_RANGE_DAYS = 31;

    private static final Pattern DAY_KEY = Pattern.compile("\\d{4}\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.(off|work)");
    private static final Pattern COVERAGE = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private CalendarData() {
    }

    /**
     * Loads a built-in calendar from a resource in this package.
     *
     * @throws IllegalStateException if the resource is missing or its data is invalid
     */
    static WorkCalendar load(String name, String resource) {
        Properties p = new Properties();
        try (InputStream in = CalendarData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("calendar " + name + ": resource not found: " + resource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("calendar " + name + ": cannot read " + resource, e);
        }
        return parse(name, resource, p);
    }

    /**
     * Builds a built-in calendar from the entries of its resource.
     *
     * @throws IllegalStateException naming the resource and the entry if the data is invalid
     */
    static WorkCalendar parse(String name, String resource, Properties p) {
        String where = resource + ": ";
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        Year first = null;
        Year last = null;
        SortedSet<LocalDate> holidays = new TreeSet<>();
        SortedSet<LocalDate> workdays = new TreeSet<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key).trim();
            if (key.equals("weekend")) {
                weekend = weekend(value, where + key);
            } else if (key.equals("coverage")) {
                Matcher m = COVERAGE.matcher(value);
                if (!m.matches()) {
                    throw new IllegalStateException(where + "coverage must be years such as 2025-2026: '" + value + "'");
                }
                first = Year.of(Integer.parseInt(m.group(1)));
                last = m.group(2) == null ? first : Year.of(Integer.parseInt(m.group(2)));
            } else if (DAY_KEY.matcher(key).matches()) {
                SortedSet<LocalDate> target = key.endsWith(".off") ? holidays : workdays;
                for (LocalDate d : dates(value, where + key)) {
                    if (holidays.contains(d) || workdays.contains(d)) {
                        throw new IllegalStateException(where + key + ": " + d + " is listed twice");
                    }
                    target.add(d);
                }
            } else {
                throw new IllegalStateException(where + "unknown key: '" + key + "'");
            }
        }
        if (first == null) {
            throw new IllegalStateException(where + "coverage is missing");
        }
        if (!p.containsKey("weekend")) {
            throw new IllegalStateException(where + "weekend is missing");
        }
        try {
            return WorkCalendar.create(name, true, weekend, holidays, workdays, first, last);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
    }

    private static Set<DayOfWeek> weekend(String value, String where) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (value.isEmpty()) {
            return days;
        }
        for (String part : value.split(",", -1)) {
            try {
                days.add(DayOfWeek.valueOf(part.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": not a day of the week: '" + part.trim() + "'", e);
            }
        }
        return days;
    }

    private static SortedSet<LocalDate> dates(String value, String where) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (String part : value.split(",", -1)) {
            String item = part.trim();
            int dots = item.indexOf("..");
            LocalDate from = date(dots < 0 ? item : item.substring(0, dots), where);
            LocalDate to = dots < 0 ? from : date(item.substring(dots + 2), where);
            if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= MAX_RANGE_DAYS) {
                throw new IllegalStateException(where + ": a range must run forwards over at most "
                        + MAX_RANGE_DAYS + " days: '" + item + "'");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (!dates.add(d)) {
                    throw new IllegalStateException(where + ": " + d + " is listed twice");
                }
            }
        }
        return dates;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": not a date (yyyy-MM-dd): '" + text.trim() + "'", e);
        }
    }
}
