package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code -X tiers} tells truthfully what each image holds, and the module path alone decides it. */
class TiersTest {
    private static final Path HERE = Path.of(".").toAbsolutePath();

    private static String tiers(String image, Map<String, String> env) throws Exception {
        Images.Result r = Images.tiercel(image, HERE, env, "-X", "tiers", "-c", "pass");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout();
    }

    @Test
    void tier1ImageHasNoTier2() throws Exception {
        String out = tiers("tiercel-tier1", Map.of());
        assertThat(out).contains("tier 1: ").contains("tier 2 optimizer: not found").contains("backend: none found")
                .contains("active: tier 1 only (no tier-2 optimizer on the module path)");
    }

    @Test
    void interpImageHasTheUopInterpreterButNoNativeBackend() throws Exception {
        String out = tiers("tiercel-interp", Map.of());
        assertThat(out).contains("tier 2 optimizer: uop trace optimizer (dev.tiercel.tier2)")
                .contains("backend: tier-2 uop interpreter (dev.tiercel.backend.interp")
                .doesNotContain("x86-64").doesNotContain("AArch64");
    }

    @Test
    void jitImageFindsBothNativeBackendsAndOnlyTheHostOneIsAvailable() throws Exception {
        String out = tiers("tiercel-jit", Map.of());
        boolean x64 = List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
        assertThat(out).contains("backend: x86-64 copy-and-patch JIT (dev.tiercel.backend.x64")
                .contains("backend: AArch64 copy-and-patch JIT (dev.tiercel.backend.aarch64");
        String availableOne = x64 ? "x86-64 copy-and-patch JIT" : "AArch64 copy-and-patch JIT";
        String otherOne = x64 ? "AArch64 copy-and-patch JIT" : "x86-64 copy-and-patch JIT";
        assertThat(lineOf(out, availableOne)).contains("available on this machine");
        assertThat(lineOf(out, otherOne)).contains("not available: needs");
        assertThat(lineOf(out, availableOne)).doesNotContain("no tier-2 traces");
        assertThat(lineOf(out, "active:")).contains("tier 1 + tier 2 with " + availableOne);
    }

    @Test
    void jitAndJitOffImagesDifferOnlyInWhetherTier2IsRequested() throws Exception {
        assertThat(lineOf(tiers("tiercel-jit", Map.of()), "tier 2 requested")).contains("yes");
        assertThat(lineOf(tiers("tiercel-jit-off", Map.of()), "tier 2 requested")).contains("no");
        assertThat(lineOf(tiers("tiercel-jit-off", Map.of("PYTHON_JIT", "1")), "tier 2 requested")).contains("yes");
        assertThat(lineOf(tiers("tiercel-jit", Map.of("PYTHON_JIT", "0")), "tier 2 requested")).contains("no");
    }

    @Test
    void imagesAnswerDifferently() throws Exception {
        assertThat(List.of(tiers("tiercel-tier1", Map.of()), tiers("tiercel-interp", Map.of()),
                tiers("tiercel-jit", Map.of()), tiers("tiercel-jit-off", Map.of()))).doesNotHaveDuplicates();
    }

    /** Taking modules off the module path of the full image (--limit-modules) changes the configuration. */
    @Test
    void removingModulesFromTheModuleGraphChangesTheConfigurationWithoutFailure() throws Exception {
        Path java = Images.imagesDir().resolve("tiercel-jit/bin/java");
        String core = "dev.tiercel.launcher,dev.tiercel.frontend,dev.tiercel.tier1,dev.tiercel.stdlib";
        Images.Result noNative = Images.run(HERE, Map.of(), null, List.of(java.toString(),
                "--limit-modules", core + ",dev.tiercel.tier2,dev.tiercel.backend.interp",
                "-m", "dev.tiercel.launcher/dev.tiercel.launcher.Main", "-X", "tiers", "-c", "pass"));
        assertThat(noNative.exitCode()).as(noNative.stderr()).isZero();
        assertThat(noNative.stdout()).contains("backend: tier-2 uop interpreter").doesNotContain("x86-64");

        Images.Result noTier2 = Images.run(HERE, Map.of(), null, List.of(java.toString(),
                "--limit-modules", core, "-m", "dev.tiercel.launcher/dev.tiercel.launcher.Main",
                "-X", "tiers", "-c", "pass"));
        assertThat(noTier2.exitCode()).as(noTier2.stderr()).isZero();
        assertThat(noTier2.stdout()).contains("tier 2 optimizer: not found").contains("backend: none found");
    }

    private static String lineOf(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + needle + "' in:\n" + text));
    }
}
