package dev.tiercel.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.Disassembler;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.Frontend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compiles each program and compares our disassembly with CPython's saved {@code -m dis} output. */
class ReferenceDisassemblyTest {

    static Stream<String> programs() throws IOException {
        String index = read("dis/INDEX");
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void disassemblyMatchesCPython(String name) throws Exception {
        String source = read("dis/" + name + ".py");
        String expected = read("dis/" + name + ".dis.txt");
        PyCode code = new PythonFrontend().compile(source, name + ".py", Frontend.Mode.EXEC);
        String actual = normalize(Disassembler.disassemble(code));
        assertThat(actual).isEqualTo(normalize(expected));
    }

    static String normalize(String dis) {
        return dis.replaceAll("0x[0-9a-fA-F]{6,}", "0xADDRESS");
    }

    static String read(String resource) throws IOException {
        try (InputStream in = ReferenceDisassemblyTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
