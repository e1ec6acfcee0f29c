package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code _time}: what the Python {@code time} module needs from the JVM (clocks, CPU time, the local
 * time zone). {@code time.py} builds struct_time, strftime and strptime on top of it.
 */
public final class TimeModule implements BuiltinModuleProvider {
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);

    @Override
    public String moduleName() {
        return "_time";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_time");
        Mod.fn(m, "time_ns", (a, k) -> PyInt.of(epochNanos()));
        Mod.fn(m, "monotonic_ns", (a, k) -> PyInt.of(System.nanoTime()));
        Mod.fn(m, "process_time_ns", (a, k) -> PyInt.of(processCpuNanos()));
        Mod.fn(m, "thread_time_ns", (a, k) -> PyInt.of(threadCpuNanos()));
        Mod.fn(m, "sleep", (a, k) -> sleep(a));
        Mod.fn(m, "local_fields", (a, k) -> localFields(seconds(a, 0)));
        Mod.fn(m, "local_seconds", (a, k) -> localSeconds(a));
        Mod.fn(m, "zone_info", (a, k) -> zoneInfo());
        return m;
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : processCpuNanos();
    }

    private static PyObject sleep(PyObject[] a) {
        Args.check("sleep", a, null, 1, 1);
        double s = Mod.toDouble(a[0]);
        if (Double.isNaN(s)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw PyErr.valueError("sleep length must be non-negative");
        }
        dev.tiercel.runtime.object.Py.sleep((long) (s * 1e9));
        return PyNone.INSTANCE;
    }

    private static long seconds(PyObject[] a, int i) {
        if (!(a[i] instanceof PyInt n) || !n.isSmall()) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        return n.value;
    }

    /** (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) of a timestamp in local time. */
    private static PyObject localFields(long secs) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        return PyTuple.of(PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0),
                PyStr.of(abbreviation(t)), PyInt.of(t.getOffset().getTotalSeconds()));
    }

    private static String abbreviation(ZonedDateTime t) {
        String name = ZONE_ABBREVIATION.format(t);
        // glibc names zones without an abbreviation by their offset ("+03"); Java says "GMT+03:00"
        if (name.startsWith("GMT") && name.length() > 3) {
            String off = name.substring(3).replace(":00", "");
            return off.replace(":", "");
        }
        return name;
    }

    /** mktime's arithmetic: fields (normalized as C's mktime does) in local time to a timestamp. */
    private static PyObject localSeconds(PyObject[] a) {
        Args.check("local_seconds", a, null, 6, 6);
        long[] f = new long[6];
        for (int i = 0; i < 6; i++) {
            f[i] = seconds(a, i);
        }
        try {
            LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return PyInt.of(ZonedDateTime.ofLocal(local, ZoneId.systemDefault(), null).toEpochSecond());
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw PyErr.overflow("mktime argument out of range");
        }
    }

    /** (timezone, altzone, daylight, std name, dst name), as C's tzset derives them from this year. */
    private static PyObject zoneInfo() {
        ZoneId zone = ZoneId.systemDefault();
        int year = ZonedDateTime.now(zone).getYear();
        ZonedDateTime jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone);
        ZonedDateTime jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone);
        ZonedDateTime std = zone.getRules().isDaylightSavings(jan.toInstant()) ? jul : jan;
        ZonedDateTime dst = std == jan ? jul : jan;
        boolean daylight = jan.getOffset().getTotalSeconds() != jul.getOffset().getTotalSeconds();
        return PyTuple.of(PyInt.of(-std.getOffset().getTotalSeconds()), PyInt.of(-dst.getOffset().getTotalSeconds()),
                PyInt.of(daylight ? 1 : 0), PyStr.of(abbreviation(std)), PyStr.of(abbreviation(dst)));
    }
}
