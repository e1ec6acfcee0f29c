package dev.tiercel.tier2.nativecode;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The machine code of one uop (or of the trace entry) with its holes.
 *
 * <p>Stencils may keep the top stack items in registers (top-of-stack caching): {@code cacheIn} is the number of
 * cached items the stencil expects, {@code cacheOut} the number it leaves, {@code cacheAtExit} the number cached
 * when it takes its exit. A uop has one stencil per cache depth it supports; {@link TraceLayout} chooses.
 *
 * <p>{@code fallThroughSize} is the length of the code without its final jump to {@link HoleKind#CONTINUE}, when
 * the code ends in one: laid out directly before its continuation, only that many bytes are copied. It equals
 * {@link #size()} when the code does not end in such a jump.
 */
public final class Stencil {
    private final String name;
    private final byte[] code;
    private final List<Hole> holes;
    private final int fallThroughSize;
    private final int cacheIn;
    private final int cacheOut;
    private final int cacheAtExit;
    private final int kindsUsed;
    private final Hole[] holeArray;

    public Stencil(String name, byte[] code, List<Hole> holes, int fallThroughSize) {
        this(name, 0, 0, 0, code, holes, fallThroughSize);
    }

    public Stencil(String name, int cacheIn, int cacheOut, int cacheAtExit, byte[] code, List<Hole> holes,
            int fallThroughSize) {
        this.name = name;
        this.cacheIn = cacheIn;
        this.cacheOut = cacheOut;
        this.cacheAtExit = cacheAtExit;
        this.code = code.clone();
        this.holes = List.copyOf(holes);
        this.fallThroughSize = fallThroughSize;
        if (fallThroughSize < 0 || fallThroughSize > code.length) {
            throw new IllegalArgumentException(name + ": fall-through size " + fallThroughSize + " out of range");
        }
        int kinds = 0;
        for (Hole h : this.holes) {
            kinds |= 1 << h.kind().ordinal();
            if (h.offset() + h.patch().width() > code.length) {
                throw new IllegalArgumentException(name + ": hole " + h + " past the end of the code");
            }
            if (h.offset() < fallThroughSize && h.offset() + h.patch().width() > fallThroughSize) {
                throw new IllegalArgumentException(name + ": hole " + h + " straddles the elided jump");
            }
        }
        this.kindsUsed = kinds;
        this.holeArray = this.holes.toArray(new Hole[0]);
    }

    /** Decodes code written as hexadecimal, as the generated stencil tables store it. */
    public static Stencil ofHex(String name, String hexCode, int fallThroughSize, Hole... holes) {
        return new Stencil(name, HexFormat.of().parseHex(hexCode), List.of(holes), fallThroughSize);
    }

    /** Decodes a stencil with its cache depths, as the generated stencil tables store it. */
    public static Stencil ofHex(String name, int cacheIn, int cacheOut, int cacheAtExit, String hexCode,
            int fallThroughSize, Hole... holes) {
        return new Stencil(name, cacheIn, cacheOut, cacheAtExit, HexFormat.of().parseHex(hexCode), List.of(holes),
                fallThroughSize);
    }

    /** Stack items cached in registers when the stencil starts. */
    public int cacheIn() {
        return cacheIn;
    }

    /** Stack items cached when it continues. */
    public int cacheOut() {
        return cacheOut;
    }

    /** Stack items cached when it takes its exit. */
    public int cacheAtExit() {
        return cacheAtExit;
    }

    public String name() {
        return name;
    }

    /** A copy of the code, holes zero. */
    public byte[] code() {
        return code.clone();
    }

    byte[] codeUnsafe() {
        return code;
    }

    public List<Hole> holes() {
        return holes;
    }

    Hole[] holeArray() {
        return holeArray;
    }

    public int size() {
        return code.length;
    }

    public int fallThroughSize() {
        return fallThroughSize;
    }

    /** Whether any hole takes the given kind of value. */
    public boolean uses(HoleKind kind) {
        return (kindsUsed & (1 << kind.ordinal())) != 0;
    }

    /** Whether the stencil can fall through to its continuation once the final jump is dropped. */
    public boolean canFallThrough() {
        return fallThroughSize < code.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stencil s && s.name.equals(name) && Arrays.equals(s.code, code) && s.holes.equals(holes)
                && s.fallThroughSize == fallThroughSize && s.cacheIn == cacheIn && s.cacheOut == cacheOut
                && s.cacheAtExit == cacheAtExit;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(code);
    }

    @Override
    public String toString() {
        return name + "@" + cacheIn + " (" + code.length + " bytes, " + holes.size() + " holes)";
    }
}
