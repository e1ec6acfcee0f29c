/*
 * Runs copy-and-patch traces laid out by Tiercel's TraceLayout on another architecture (under qemu-user), so the
 * architecture-neutral machinery and the templates can be checked where no JVM runs natively.
 *
 * stdin, repeated until EOF (all integers little-endian uint64):
 *   code length, code bytes (laid out for address CODE_BASE), executor validity word (1 valid, 0 invalidated),
 *   register-file length, register-file bytes
 * stdout, per trace: exit number (int64), then the register file after the run.
 * The executor data block (its first word is the validity word _CHECK_VALIDITY reads) is at DATA_BASE.
 * After writing a trace's code and before running it, the harness does what the JVM side does on a real AArch64
 * machine (InstructionCache): __builtin___clear_cache, i.e. libgcc's dc cvau / ic ivau / dsb / isb sequence.
 *
 * Build: aarch64-linux-gnu-gcc -O2 -static -o run_traces run_traces.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define CODE_BASE 0x40000000UL
#define DATA_BASE 0x40100000UL
#define CODE_MAX (1UL << 20)

typedef int64_t Trace(void *rf, void *unused);

static int read_exact(void *buf, size_t n) {
    return fread(buf, 1, n, stdin) == n;
}

int main(void) {
    void *data = mmap((void *)DATA_BASE, 4096, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (data != (void *)DATA_BASE) {
        perror("mmap data");
        return 2;
    }
    uint64_t code_len;
    while (read_exact(&code_len, 8)) {
        if (code_len == 0 || code_len > CODE_MAX) {
            fprintf(stderr, "bad code length %llu\n", (unsigned long long)code_len);
            return 2;
        }
        void *code = mmap((void *)CODE_BASE, CODE_MAX, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (code != (void *)CODE_BASE) {
            perror("mmap code");
            return 2;
        }
        uint64_t rf_len;
        if (!read_exact(code, code_len) || !read_exact(data, 8) || !read_exact(&rf_len, 8)) {
            fprintf(stderr, "truncated input\n");
            return 2;
        }
        int64_t *rf = aligned_alloc(16, (rf_len + 15) & ~15UL);
        if (rf == NULL || !read_exact(rf, rf_len)) {
            fprintf(stderr, "truncated register file\n");
            return 2;
        }
        __builtin___clear_cache((char *)code, (char *)code + code_len);
        if (mprotect(code, CODE_MAX, PROT_READ | PROT_EXEC) != 0) {
            perror("mprotect");
            return 2;
        }
        int64_t exit = ((Trace *)code)(rf, NULL);
        fwrite(&exit, 8, 1, stdout);
        fwrite(rf, 1, rf_len, stdout);
        free(rf);
        munmap(code, CODE_MAX);
    }
    return 0;
}
