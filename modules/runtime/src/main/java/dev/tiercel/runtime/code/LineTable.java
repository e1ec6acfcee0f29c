package dev.tiercel.runtime.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.13's location table ({@code co_linetable}). Each entry starts with a byte {@code 1cccclll}: a form
 * code {@code cccc} and the number of code units covered minus one ({@code lll}, 1..8 units). Forms:
 * <ul>
 * <li>15: no location;</li>
 * <li>14: long form: signed line delta, end-line delta, column + 1, end column + 1 (varints);</li>
 * <li>13: line only: signed line delta;</li>
 * <li>10..12: same line style with line delta {@code code - 10}, then a column byte and an end-column byte;</li>
 * <li>0..9: short form on the previous line: column {@code code * 8 + (b >> 4)}, end column {@code column + (b & 15)}.</li>
 * </ul>
 * Varints are 6-bit groups, least significant first, 0x40 meaning "more follow"; signed varints keep the sign in
 * the lowest bit. Line deltas are relative to the previous entry's line, starting from {@code co_firstlineno}.
 * Absent values are -1 in this API.
 */
public final class LineTable {

    /** The source span of one code unit; fields are -1 where CPython has None. */
    public record Position(int line, int endLine, int column, int endColumn) {
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** A run of consecutive code units sharing one position. */
    public record Range(int start, int end, Position position) {
    }

    private static final int NO_LOCATION = 15, LONG = 14, NO_COLUMN = 13, ONE_LINE = 10;

    private LineTable() {
    }

    /** Decodes the table into ranges of code units, in order. */
    public static List<Range> decode(byte[] table, int firstLine) {
        List<Range> out = new ArrayList<>();
        int[] pos = {0};
        int line = firstLine;
        int unit = 0;
        while (pos[0] < table.length) {
            int first = table[pos[0]++] & 0xFF;
            if ((first & 0x80) == 0) {
                break; // not an entry start: the table is malformed, stop as CPython does
            }
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            Position p;
            if (code == NO_LOCATION) {
                p = Position.NONE;
            } else if (code == LONG) {
                line += readSignedVarint(table, pos);
                int endLine = line + readVarint(table, pos);
                int col = readVarint(table, pos) - 1;
                int endCol = readVarint(table, pos) - 1;
                p = new Position(line, endLine, col, endCol);
            } else if (code == NO_COLUMN) {
                line += readSignedVarint(table, pos);
                p = new Position(line, line, -1, -1);
            } else if (code >= ONE_LINE) {
                line += code - ONE_LINE;
                int col = next(table, pos);
                int endCol = next(table, pos);
                p = new Position(line, line, col, endCol);
            } else {
                int b = next(table, pos);
                int col = code * 8 + (b >> 4);
                p = new Position(line, line, col, col + (b & 15));
            }
            out.add(new Range(unit, unit + length, p));
            unit += length;
        }
        return out;
    }

    /** The position of every code unit of {@code code}, indexed by code unit. */
    public static Position[] positions(PyCode code) {
        Position[] out = new Position[code.code.length];
        java.util.Arrays.fill(out, Position.NONE);
        for (Range r : decode(code.linetable, code.firstlineno)) {
            for (int i = r.start; i < r.end && i < out.length; i++) {
                out[i] = r.position;
            }
        }
        return out;
    }

    /** The source line of the code unit at {@code codeUnitIndex}, or -1 if it has none. */
    public static int lineAt(PyCode code, int codeUnitIndex) {
        return positionAt(code, codeUnitIndex).line();
    }

    /** The position of the code unit at {@code codeUnitIndex}; {@link Position#NONE} if it has none. */
    public static Position positionAt(PyCode code, int codeUnitIndex) {
        for (Range r : decode(code.linetable, code.firstlineno)) {
            if (codeUnitIndex >= r.start && codeUnitIndex < r.end) {
                return r.position;
            }
        }
        return Position.NONE;
    }

    private static int next(byte[] table, int[] pos) {
        return pos[0] < table.length ? table[pos[0]++] & 0xFF : 0;
    }

    private static int readVarint(byte[] table, int[] pos) {
        int b = next(table, pos);
        int val = b & 63;
        int shift = 0;
        while ((b & 64) != 0 && shift < 30) {
            b = next(table, pos);
            shift += 6;
            val |= (b & 63) << shift;
        }
        return val;
    }

    private static int readSignedVarint(byte[] table, int[] pos) {
        int u = readVarint(table, pos);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }

    /** Builds a location table the way CPython's assembler does, choosing the most compact form per entry. */
    public static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int previousLine;

        public Encoder(int firstLine) {
            this.previousLine = firstLine;
        }

        /** Adds {@code length} code units at the given position (-1 for absent fields, line -1 for none). */
        public Encoder add(int length, int line, int endLine, int column, int endColumn) {
            while (length > 8) {
                add(8, line, endLine, column, endColumn);
                length -= 8;
            }
            if (length <= 0) {
                return this;
            }
            if (line < 0) {
                first(NO_LOCATION, length);
                return this;
            }
            int delta = line - previousLine;
            if (column < 0 || endColumn < 0) {
                if (endLine == line || endLine == -1) {
                    first(NO_COLUMN, length);
                    writeSignedVarint(delta);
                    previousLine = line;
                    return this;
                }
            } else if (endLine == line) {
                if (delta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                    first(column >> 3, length);
                    out.write(((column & 7) << 4) | (endColumn - column));
                    return this;
                }
                if (delta >= 0 && delta < 3 && column < 128 && endColumn < 128) {
                    first(ONE_LINE + delta, length);
                    out.write(column);
                    out.write(endColumn);
                    previousLine = line;
                    return this;
                }
            }
            first(LONG, length);
            writeSignedVarint(delta);
            writeVarint(endLine - line);
            writeVarint(column + 1);
            writeVarint(endColumn + 1);
            previousLine = line;
            return this;
        }

        private void first(int code, int length) {
            out.write(0x80 | (code << 3) | (length - 1));
        }

        private void writeVarint(int val) {
            while (val >= 64) {
                out.write(64 | (val & 63));
                val >>>= 6;
            }
            out.write(val);
        }

        private void writeSignedVarint(int val) {
            writeVarint(val < 0 ? ((-val) << 1) | 1 : val << 1);
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
