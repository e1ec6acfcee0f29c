package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiercel.tier2.nativecode.HoleKind;
import dev.tiercel.tier2.nativecode.PatchKind;
import dev.tiercel.tier2.nativecode.Stencil;
import dev.tiercel.tier2.nativecode.StencilSet;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed AArch64 tables: the same uops and cache-depth variants as x86-64, well-formed, only AArch64 patch
 * kinds, and current with stencils/uops.c when clang-19 is installed.
 */
class AArch64StencilTablesTest {
    static final Set<PatchKind> AARCH64_KINDS = Set.of(PatchKind.MOVW_G0, PatchKind.MOVW_G1, PatchKind.MOVW_G2,
            PatchKind.MOVW_G3, PatchKind.BRANCH26, PatchKind.BRANCH19, PatchKind.BRANCH14, PatchKind.ADRP_PAGE21,
            PatchKind.ADD_LO12, PatchKind.ABS64);

    static Set<String> variants(StencilSet set) {
        return set.stencils().stream().map(s -> s.name() + "@" + s.cacheIn()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyUopWithAnX64StencilHasAnAArch64Stencil() {
        StencilSet a64 = AArch64JitBackend.stencils();
        StencilSet x64 = Tools.x64Stencils();
        assertThat(a64.architecture()).isEqualTo("aarch64");
        assertThat(new TreeSet<>(a64.uopNames())).isEqualTo(new TreeSet<>(x64.uopNames()));
        assertThat(variants(a64)).isEqualTo(variants(x64));
        for (int d = 1; d <= StencilSet.MAX_CACHE; d++) {
            assertThat(a64.spill(d).cacheOut()).isZero();
            assertThat(a64.fill(d).cacheOut()).isEqualTo(d);
        }
        for (Stencil s : a64.stencils()) {
            Stencil twin = x64.variant(s.name(), s.cacheIn());
            assertThat(new int[] {s.cacheOut(), s.cacheAtExit()}).as(s.name())
                    .containsExactly(twin.cacheOut(), twin.cacheAtExit());
            for (HoleKind k : HoleKind.values()) {
                assertThat(s.uses(k)).as(s.name() + "@" + s.cacheIn() + " uses " + k).isEqualTo(twin.uses(k));
            }
        }
    }

    @Test
    void stencilsAreWellFormedAArch64Code() {
        StencilSet set = AArch64JitBackend.stencils();
        for (Stencil s : set.stencils()) {
            assertThat(s.size() % 4).as(s.name() + ": whole instructions").isZero();
            for (var h : s.holes()) {
                assertThat(AARCH64_KINDS).as(s.name()).contains(h.patch());
                assertThat(h.offset() % 4).as(s.name()).isZero();
            }
            assertThat(s.uses(HoleKind.CONTINUE) || s.uses(HoleKind.JUMP_TARGET) || s.name().startsWith("_EXIT_TRACE")
                    || s.name().startsWith("_DEOPT")).as(s.name() + " goes somewhere").isTrue();
        }
        set.stencils().stream().filter(s -> s.uses(HoleKind.CONTINUE))
                .forEach(s -> assertThat(s.canFallThrough()).as(s.name() + " ends in the b CONTINUE the layout drops")
                        .isTrue());
        assertThat(set.entry().uses(HoleKind.CONTINUE)).isTrue();
    }

    /** Code bytes per uop on each architecture (mean over its cache-depth variants, as laid out: falling through). */
    @Test
    void codeSizesPerUop() throws Exception {
        StencilSet a64 = AArch64JitBackend.stencils();
        StencilSet x64 = Tools.x64Stencils();
        StringBuilder sb = new StringBuilder(String.format("%-36s %8s %8s%n", "uop (mean over variants)", "x86-64",
                "AArch64"));
        double sumX = 0;
        double sumA = 0;
        for (String uop : a64.uopNames()) {
            double x = x64.stencils().stream().filter(s -> s.name().equals(uop)).mapToInt(Stencil::fallThroughSize)
                    .average().orElseThrow();
            double a = a64.stencils().stream().filter(s -> s.name().equals(uop)).mapToInt(Stencil::fallThroughSize)
                    .average().orElseThrow();
            sumX += x;
            sumA += a;
            sb.append(String.format("%-36s %8.1f %8.1f%n", uop, x, a));
        }
        int n = a64.uopNames().size();
        sb.append(String.format("%-36s %8.1f %8.1f%n", "mean over " + n + " uops", sumX / n, sumA / n));
        sb.append(String.format("stencils: x86-64 %d, AArch64 %d (+ entry %d / %d bytes, spills and fills)%n",
                x64.stencils().size(), a64.stencils().size(), x64.entry().size(), a64.entry().size()));
        System.out.print(sb);
        Files.createDirectories(java.nio.file.Path.of("target"));
        Files.writeString(java.nio.file.Path.of("target", "stencil-sizes.txt"), sb.toString());
    }

    @Test
    void committedTablesAreCurrentWithTheTemplates() throws Exception {
        assumeTrue(Tools.onPath("clang-19"), "clang-19 is not installed: the AArch64 stencil tables' currency was not"
                + " checked (apt-get install clang-19, or .ci/install-test-tools.sh)");
        assertThat(Files.exists(Tools.ROOT.resolve("stencils/StencilGen.java"))).isTrue();
        Tools.run(Tools.java(), "stencils/StencilGen.java", "aarch64", "--check");
    }
}
