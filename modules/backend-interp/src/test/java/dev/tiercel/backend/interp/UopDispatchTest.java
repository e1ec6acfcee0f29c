package dev.tiercel.backend.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.trace.Uop;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The uop interpreter's switch ({@code UopDispatch.java}) is generated from the uop definitions ({@link Uop}: each
 * constant's semantics method reference). This test proves the committed file is current; with the environment
 * variable {@code TIERCEL_REGENERATE=1} it rewrites the file instead:
 * {@code TIERCEL_REGENERATE=1 ./build.sh -- -q -o -pl modules/runtime,modules/tier2-optimizer,modules/backend-interp test}.
 */
class UopDispatchTest {
    private static final Path FILE = Path.of("src/main/java/dev/tiercel/backend/interp/UopDispatch.java");

    private static String call(Uop u) {
        return u.semanticsClass() + "." + u.semanticsMethod() + "(st, u)";
    }

    static String generate() {
        StringBuilder cases = new StringBuilder();
        for (Uop u : Uop.values()) {
            cases.append("                    case ").append(u.ordinal()).append(" -> ").append(call(u))
                    .append("; // ").append(u.name()).append('\n');
        }
        int n = Uop.values().length;
        for (int k = 0; k < Fusions.PAIRS.size(); k++) {
            Uop a = Fusions.PAIRS.get(k)[0], b = Fusions.PAIRS.get(k)[1];
            cases.append("                    case ").append(n + k).append(" -> { // ").append(a.name()).append(" + ")
                    .append(b.name()).append('\n')
                    .append("                        int first = ").append(call(a)).append(";\n")
                    .append("                        if (first != Uop.NEXT) {\n")
                    .append("                            yield first;\n")
                    .append("                        }\n")
                    .append("                        u = code[++pc];\n")
                    .append("                        yield ").append(call(b)).append(";\n")
                    .append("                    }\n");
        }
        return """
                // GENERATED from dev.tiercel.tier2.trace.Uop by UopDispatchTest.generate(). Do not edit by hand;
                // regenerate: TIERCEL_REGENERATE=1 ./build.sh -- -q -o -pl modules/runtime,modules/tier2-optimizer,modules/backend-interp test
                package dev.tiercel.backend.interp;

                import dev.tiercel.tier2.trace.FrameSemantics;
                import dev.tiercel.tier2.trace.Specialized;
                import dev.tiercel.tier2.trace.TraceState;
                import dev.tiercel.tier2.trace.TraceUop;
                import dev.tiercel.tier2.trace.Uop;
                import dev.tiercel.tier2.trace.UopSemantics;

                /** The uop interpreter's loop: one switch case per uop, calling its semantics directly. */
                final class UopDispatch {
                    private UopDispatch() {}

                    /**
                     * Runs {@code code} from its first uop, dispatching on {@code ops} (the uops' ordinals, or fused
                     * pairs: {@link Fusions}); see {@link UopInterpreter}.
                     */
                    static int run(TraceUop[] code, int[] ops, TraceState st) {
                        int pc = 0;
                        TraceUop u = code[0];
                        try {
                            while (true) {
                                u = code[pc];
                                int r = switch (ops[pc]) {
                %s                    default -> throw new IllegalStateException("uop " + ops[pc]);
                                };
                                if (r == Uop.NEXT) {
                                    pc++;
                                } else if (r == Uop.TOP) {
                                    pc = 1;
                                } else if (r == Uop.EXIT) {
                                    pc = u.jumpTarget;
                                } else {
                                    if (u.exitIndex >= 0) {
                                        st.ex.exitCounts[u.exitIndex]++;
                                    }
                                    st.exit = u;
                                    return u.resume;
                                }
                            }
                        } catch (RuntimeException | Error e) {
                            st.f.lasti = u.target;
                            st.f.sp = st.sp;
                            throw e;
                        }
                    }
                }
                """.formatted(cases);
    }

    @Test
    void generatedDispatchIsCurrent() throws Exception {
        String text = generate();
        if ("1".equals(System.getenv("TIERCEL_REGENERATE"))) {
            Files.writeString(FILE, text);
        }
        assertThat(Files.readString(FILE)).as("UopDispatch.java is stale: regenerate it (see this test's doc)")
                .isEqualTo(text);
    }

    @Test
    void everyUopHasItsSemanticsInASemanticsClass() {
        for (Uop u : Uop.values()) {
            assertThat(u.semanticsMethod()).as(u.name()).isNotEmpty();
        }
    }
}
