package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.spi.Tiers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What -X tiers reports: found everywhere, available only on an AArch64 host, truthful about its state. */
class AArch64JitBackendTest {
    @Test
    void availableOnlyOnAArch64() {
        AArch64JitBackend backend = new AArch64JitBackend();
        String arch = System.getProperty("os.arch");
        boolean aarch64 = arch.equals("aarch64") || arch.equals("arm64");
        assertThat(backend.isAvailable()).isEqualTo(aarch64);
        if (!aarch64) {
            assertThat(backend.unavailableReason()).isEqualTo("needs an AArch64 CPU, this machine is " + arch);
        }
        assertThat(backend.isNative()).isTrue();
        assertThat(backend.limitation()).isEmpty();
        assertThat(AArch64JitBackend.stencils().uopNames()).contains("_BINARY_OP_ADD_INT", "_JUMP_TO_TOP");
    }

    /** The -X tiers line: found; on x86-64 not available, with the reason; active only on its own CPU. */
    @Test
    void tiersLine() {
        Tiers tiers = new Tiers(Optional.empty(), Optional.empty(), Optional.empty(), List.of(new AArch64JitBackend()),
                List.of(), true, false);
        String arch = System.getProperty("os.arch");
        String expected = arch.equals("aarch64") || arch.equals("arm64") ? "available on this machine"
                : "not available: needs an AArch64 CPU, this machine is " + arch;
        assertThat(tiers.describe()).contains("backend: AArch64 copy-and-patch JIT (", "priority 20): " + expected
                + "\n");
        assertThat(tiers.activeBackend().isPresent()).isEqualTo(arch.equals("aarch64") || arch.equals("arm64"));
    }
}
