package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the module descriptors of the jars that went into the images: each Tiercel module exports only its SPI
 * packages, opens nothing, and declares its services with {@code provides}.
 */
class ModuleExportsTest {
    /** The only packages each module may export (design §1). */
    private static final Map<String, Set<String>> ALLOWED_EXPORTS = Map.of(
            "dev.tiercel.runtime", Set.of("dev.tiercel.runtime.spi", "dev.tiercel.runtime.code",
                    "dev.tiercel.runtime.object", "dev.tiercel.runtime.api"),
            "dev.tiercel.tier2", Set.of("dev.tiercel.tier2.trace", "dev.tiercel.tier2.nativecode"),
            "dev.tiercel.frontend", Set.of(),
            "dev.tiercel.tier1", Set.of(),
            "dev.tiercel.backend.interp", Set.of(),
            "dev.tiercel.backend.x64", Set.of(),
            "dev.tiercel.backend.aarch64", Set.of(),
            "dev.tiercel.stdlib", Set.of(),
            "dev.tiercel.launcher", Set.of());

    private static final Map<String, String> PROVIDES = Map.of(
            "dev.tiercel.frontend", "dev.tiercel.runtime.spi.Frontend",
            "dev.tiercel.tier1", "dev.tiercel.runtime.spi.Interpreter",
            "dev.tiercel.tier2", "dev.tiercel.runtime.spi.TraceOptimizer",
            "dev.tiercel.backend.interp", "dev.tiercel.runtime.spi.TraceBackend",
            "dev.tiercel.backend.x64", "dev.tiercel.runtime.spi.TraceBackend",
            "dev.tiercel.backend.aarch64", "dev.tiercel.runtime.spi.TraceBackend");

    private static Map<String, ModuleDescriptor> tiercelModules() {
        Path modular = Images.imagesDir().getParent().resolve("modular");
        return ModuleFinder.of(modular).findAll().stream().map(ModuleReference::descriptor)
                .filter(d -> d.name().startsWith("dev.tiercel."))
                .collect(Collectors.toMap(ModuleDescriptor::name, d -> d));
    }

    @Test
    void everyModuleIsThere() {
        assertThat(tiercelModules().keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED_EXPORTS.keySet());
    }

    @Test
    void modulesExportOnlyTheirSpiPackagesAndOpenNothing() {
        tiercelModules().forEach((name, d) -> {
            Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(exported).as("exports of %s", name).isSubsetOf(ALLOWED_EXPORTS.get(name));
            assertThat(d.exports()).as("qualified exports of %s", name).noneMatch(ModuleDescriptor.Exports::isQualified);
            assertThat(d.opens()).as("opens of %s", name).isEmpty();
            assertThat(d.isOpen()).as("%s is an open module", name).isFalse();
        });
    }

    @Test
    void tiersAreProvidedAsServices() {
        Map<String, ModuleDescriptor> mods = tiercelModules();
        PROVIDES.forEach((module, service) -> assertThat(mods.get(module).provides())
                .as("provides of %s", module).anyMatch(p -> p.service().equals(service)));
        assertThat(mods.get("dev.tiercel.runtime").uses()).contains("dev.tiercel.runtime.spi.Frontend",
                "dev.tiercel.runtime.spi.Interpreter", "dev.tiercel.runtime.spi.TraceOptimizer",
                "dev.tiercel.runtime.spi.TraceBackend", "dev.tiercel.runtime.spi.BuiltinModuleProvider");
    }

    @Test
    void tierModulesDependOnlyTowardsTheRuntime() {
        tiercelModules().forEach((name, d) -> d.requires().stream().map(ModuleDescriptor.Requires::name)
                .filter(r -> r.startsWith("dev.tiercel."))
                .forEach(r -> assertThat(r).as("%s requires %s", name, r)
                        .isIn("dev.tiercel.runtime", "dev.tiercel.tier2")));
    }
}
