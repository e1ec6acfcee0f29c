package dev.tiercel.stdlib.accel.decimal;

import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;

/** decimal's rounding modes (the values are the module's {@code ROUND_*} strings). */
enum Rounding {
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP;

    /** The mode a {@code ROUND_*} string names, or null for anything else. */
    static Rounding of(PyObject mode) {
        if (!(mode instanceof PyStr s)) {
            return null;
        }
        return switch (s.value) {
            case "ROUND_DOWN" -> ROUND_DOWN;
            case "ROUND_HALF_UP" -> ROUND_HALF_UP;
            case "ROUND_HALF_EVEN" -> ROUND_HALF_EVEN;
            case "ROUND_CEILING" -> ROUND_CEILING;
            case "ROUND_FLOOR" -> ROUND_FLOOR;
            case "ROUND_UP" -> ROUND_UP;
            case "ROUND_HALF_DOWN" -> ROUND_HALF_DOWN;
            case "ROUND_05UP" -> ROUND_05UP;
            default -> null;
        };
    }

    /**
     * Whether dropping a non-zero remainder rounds the kept coefficient away from zero.
     *
     * @param restVsHalf the dropped remainder compared with half a unit of the kept last digit (-1, 0, 1)
     */
    boolean awayFromZero(boolean negative, int restVsHalf, boolean keptOdd, boolean keptMultipleOf5) {
        return switch (this) {
            case ROUND_DOWN -> false;
            case ROUND_UP -> true;
            case ROUND_CEILING -> !negative;
            case ROUND_FLOOR -> negative;
            case ROUND_HALF_UP -> restVsHalf >= 0;
            case ROUND_HALF_DOWN -> restVsHalf > 0;
            case ROUND_HALF_EVEN -> restVsHalf > 0 || (restVsHalf == 0 && keptOdd);
            case ROUND_05UP -> keptMultipleOf5;
        };
    }
}
