package dev.tiercel.runtime.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.13's exception table ({@code co_exceptiontable}): a list of entries mapping a half-open range of code
 * units to a handler. Every number is a varint of 6-bit groups, most significant group first, bit 0x40 meaning
 * "more groups follow"; the first byte of each entry additionally carries bit 0x80. An entry is
 * {@code start, length, target, depth << 1 | lasti}, all in code units.
 */
public final class ExceptionTable {

    /** One handler range: code units {@code [start, end)} jump to {@code target} with the stack cut to {@code depth}. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {
        public boolean covers(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final int CONTINUE = 0x40, ENTRY_START = 0x80;

    private final List<Entry> entries;

    private ExceptionTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ExceptionTable of(List<Entry> entries) {
        return new ExceptionTable(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Decodes an encoded table. Malformed trailing bytes end the table, as in CPython's {@code dis}. */
    public static ExceptionTable decode(byte[] table) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = readVarint(table, pos);
            int length = readVarint(table, pos);
            int target = readVarint(table, pos);
            int depthLasti = readVarint(table, pos);
            if (start < 0 || length < 0 || target < 0 || depthLasti < 0) {
                break;
            }
            out.add(new Entry(start, start + length, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return new ExceptionTable(out);
    }

    /** The handler for the instruction at {@code offset} (code units), or null if none covers it. */
    public Entry lookup(int offset) {
        // Entries are sorted by start and do not overlap, so a binary search finds the candidate.
        int lo = 0, hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Entry e = entries.get(mid);
            if (offset < e.start) {
                hi = mid - 1;
            } else if (offset >= e.end) {
                lo = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }

    /** Finds the handler directly in an encoded table without building entries (the interpreter's path). */
    public static Entry lookup(byte[] table, int offset) {
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = readVarint(table, pos);
            int length = readVarint(table, pos);
            int target = readVarint(table, pos);
            int depthLasti = readVarint(table, pos);
            if (depthLasti < 0 || start > offset) {
                return null;
            }
            if (offset < start + length) {
                return new Entry(start, start + length, target, depthLasti >> 1, (depthLasti & 1) != 0);
            }
        }
        return null;
    }

    /** Encodes the entries in order. */
    public byte[] encode() {
        Encoder enc = new Encoder();
        for (Entry e : entries) {
            enc.add(e.start, e.end, e.target, e.depth, e.lasti);
        }
        return enc.toByteArray();
    }

    private static int readVarint(byte[] table, int[] pos) {
        if (pos[0] >= table.length) {
            return -1;
        }
        int b = table[pos[0]++] & 0xFF;
        int val = b & 0x3F;
        while ((b & CONTINUE) != 0) {
            if (pos[0] >= table.length) {
                return -1;
            }
            b = table[pos[0]++] & 0xFF;
            val = (val << 6) | (b & 0x3F);
        }
        return val;
    }

    /** Builds an encoded table entry by entry, as the compiler's assembler does. */
    public static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Encoder add(int start, int end, int target, int depth, boolean lasti) {
            writeVarint(start, ENTRY_START);
            writeVarint(end - start, 0);
            writeVarint(target, 0);
            writeVarint(depth << 1 | (lasti ? 1 : 0), 0);
            return this;
        }

        private void writeVarint(int value, int firstBits) {
            int shift = 0;
            while (shift + 6 < 32 && (value >>> (shift + 6)) != 0) {
                shift += 6;
            }
            int flag = firstBits;
            for (; shift > 0; shift -= 6) {
                out.write(((value >>> shift) & 0x3F) | CONTINUE | flag);
                flag = 0;
            }
            out.write((value & 0x3F) | flag);
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
