package dev.tiercel.tier2.nativecode;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The three memory calls the code arena needs, all through one FFM downcall handle to libc's {@code syscall}: each
 * distinct handle costs the JVM 15-30 ms of CPU to link (generated classes) the first time, and the fixed cost of
 * the FFM machinery comes on top, so one handle instead of four (mmap, mprotect, munmap, getpagesize) is what a
 * program with a single native trace pays. The page size comes from the auxiliary vector ({@code /proc/self/auxv}).
 * Linux only (the numbers of the x86-64 and of the generic AArch64 system-call tables).
 */
final class Libc {
    static final int PROT_NONE = 0;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int PROT_EXEC = 4;
    static final int MAP_PRIVATE = 0x02;
    static final int MAP_ANONYMOUS = 0x20;
    private static final long AT_PAGESZ = 6;
    private static final int DEFAULT_PAGE = 4096;

    private record Numbers(long mmap, long mprotect, long munmap) {
    }

    private static final Numbers SYS = numbers(System.getProperty("os.arch", "").toLowerCase(Locale.ROOT));
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    /** {@code long syscall(long number, ...)}, six variadic long arguments, errno captured. */
    private static final MethodHandle SYSCALL = syscallHandle();

    private Libc() {
    }

    private static Numbers numbers(String arch) {
        return switch (arch) {
            case "amd64", "x86_64" -> new Numbers(9, 10, 11);
            case "aarch64", "arm64" -> new Numbers(222, 226, 215);
            default -> null; // no native backend is available there; any call fails
        };
    }

    private static MethodHandle syscallHandle() {
        Linker linker = Linker.nativeLinker();
        MemorySegment symbol = linker.defaultLookup().find("syscall")
                .orElseThrow(() -> new UnsatisfiedLinkError("libc has no syscall"));
        return linker.downcallHandle(symbol, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG,
                JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(1),
                Linker.Option.captureCallState("errno"));
    }

    /** The page size the kernel told this process (AT_PAGESZ), else 4096. */
    static int pageSize() {
        try (InputStream in = Files.newInputStream(Path.of("/proc/self/auxv"))) {
            ByteBuffer auxv = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.nativeOrder());
            while (auxv.remaining() >= 16) {
                long type = auxv.getLong();
                long value = auxv.getLong();
                if (type == AT_PAGESZ && value > 0 && Long.bitCount(value) == 1) {
                    return (int) value;
                }
            }
        } catch (IOException | SecurityException e) {
            // not readable: the usual page size; a larger real one only makes the arena's accounting low
        }
        return DEFAULT_PAGE;
    }

    /** Maps {@code length} bytes of fresh anonymous memory with {@code prot}; returns its address. */
    static long mmap(long length, int prot) throws NativeMemoryException {
        return call("mmap of " + length + " bytes", SYS == null ? -1 : SYS.mmap, 0, length, prot,
                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    }

    static void mprotect(long address, long length, int prot) throws NativeMemoryException {
        call("mprotect(0x" + Long.toHexString(address) + ", " + length + ", " + prot + ")",
                SYS == null ? -1 : SYS.mprotect, address, length, prot, 0, 0, 0);
    }

    static void munmap(long address, long length) throws NativeMemoryException {
        call("munmap(0x" + Long.toHexString(address) + ", " + length + ")", SYS == null ? -1 : SYS.munmap, address,
                length, 0, 0, 0, 0);
    }

    /** One system call; its result, or NativeMemoryException with errno when it returns -1. */
    private static long call(String what, long number, long a, long b, long c, long d, long e, long f)
            throws NativeMemoryException {
        if (number < 0) {
            throw new NativeMemoryException(what + ": no system-call number for " + System.getProperty("os.arch"));
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            long r = (long) SYSCALL.invokeExact(state, number, a, b, c, d, e, f);
            if (r == -1) {
                throw new NativeMemoryException(what + " failed, errno " + (int) ERRNO.get(state, 0L));
            }
            return r;
        } catch (NativeMemoryException ex) {
            throw ex;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
