package dev.tiercel.tier2.nativecode;

import java.util.Objects;

/**
 * A place in a stencil's code that is patched when the stencil is copied into a trace.
 *
 * @param offset byte offset of the patched field in the stencil's code
 * @param patch  how the value is encoded there
 * @param kind   which value it takes
 * @param addend added to the value before encoding (e.g. -4 for an x86-64 rel32 branch)
 */
public record Hole(int offset, PatchKind patch, HoleKind kind, long addend) {
    public Hole {
        Objects.requireNonNull(patch);
        Objects.requireNonNull(kind);
        if (offset < 0) {
            throw new IllegalArgumentException("negative hole offset " + offset);
        }
    }
}
