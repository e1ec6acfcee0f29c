package dev.tiercel.stdlib;

import dev.tiercel.runtime.spi.PythonLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The standard-library modules written in Python, shipped as this module's resources under {@code python-lib/}
 * (a folder name that is not a package name, so the resources are readable from here whatever the module path).
 */
public final class PythonSourceLibrary implements PythonLibrary {
    private static final String ROOT = "python-lib/";

    @Override
    public String location() {
        return "/tiercel/lib/python3.13";
    }

    @Override
    public Optional<String> read(String relativePath) {
        try (InputStream in = PythonSourceLibrary.class.getModule().getResourceAsStream(ROOT + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
