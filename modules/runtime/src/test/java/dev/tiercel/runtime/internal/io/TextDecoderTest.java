package dev.tiercel.runtime.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.internal.builtins.BuiltinsModule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Incremental decoding: every split of the input into two feeds gives the text a single decode gives. */
class TextDecoderTest {
    private static final String TEXT = "a\u00e9\u2603\ud83d\ude00\r\nz\r";

    @BeforeAll
    static void setUp() {
        BuiltinsModule.installTypes();
    }

    private static byte[] encoded(String codec) {
        return switch (codec) {
            case "utf-8" -> TEXT.getBytes(StandardCharsets.UTF_8);
            case "utf-8-sig" -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                    TEXT.getBytes(StandardCharsets.UTF_8));
            case "utf-16" -> concat(new byte[] {(byte) 0xfe, (byte) 0xff}, TEXT.getBytes(StandardCharsets.UTF_16BE));
            default -> TEXT.getBytes(StandardCharsets.UTF_16LE);
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void everySplitPointDecodesTheSameText() {
        for (String codec : new String[] {"utf-8", "utf-8-sig", "utf-16", "utf-16-le"}) {
            byte[] b = encoded(codec);
            for (int cut = 0; cut <= b.length; cut++) {
                TextDecoder d = new TextDecoder(codec, "strict");
                String s = d.decode(b, 0, cut, false) + d.decode(b, cut, b.length - cut, true);
                assertThat(s).as(codec + " cut at " + cut).isEqualTo(TEXT);
            }
        }
    }

    @Test
    void byteByByteFeedingHoldsPartialCharactersAndThePendingCarriageReturn() {
        byte[] b = encoded("utf-8");
        NewlineDecoder d = new NewlineDecoder(new TextDecoder("utf-8", "strict"), true, true);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            out.append(d.decode(b, i, 1, false));
        }
        assertThat(out.toString()).isEqualTo("a\u00e9\u2603\ud83d\ude00\nz");
        assertThat(d.flags() & 1).as("a '\\r' waits for the next byte").isEqualTo(1);
        out.append(d.decode(new byte[0], 0, 0, true));
        assertThat(out.toString()).isEqualTo("a\u00e9\u2603\ud83d\ude00\nz\n");
        assertThat(dev.tiercel.runtime.object.Ops.repr(d.newlines())).isEqualTo("('\\r', '\\r\\n')");
    }

    @Test
    void utf8TailFindsOnlyUnfinishedSequences() {
        byte[] snow = "\u2603".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.utf8Tail(java.util.Arrays.copyOf(snow, 2), 0)).isEqualTo(2);
        assertThat(TextDecoder.utf8Tail(snow, 0)).isZero();
        assertThat(TextDecoder.utf8Tail(new byte[] {'a', (byte) 0xe0, (byte) 0x80}, 0))
                .as("0xe0 0x80 can never complete: the decoder reports it now").isZero();
    }
}
