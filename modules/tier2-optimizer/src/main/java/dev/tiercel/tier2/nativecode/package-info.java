/**
 * Architecture-neutral machinery of the copy-and-patch JIT: stencils and their holes, the trace layout that
 * copies and patches them, W^X code memory from {@code mmap}, the unboxed register file, and the single FFM
 * downcall that enters a trace. Native backends supply a {@link dev.tiercel.tier2.nativecode.StencilSet} for
 * their CPU. See {@code docs/jit.md}.
 */
package dev.tiercel.tier2.nativecode;
