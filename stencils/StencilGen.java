import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Builds Tiercel's copy-and-patch stencil tables: compiles stencils/uops.c with clang-19 into an ELF object (one
 * section per function), reads each function's code and relocations, turns relocations against _JIT_* symbols
 * into holes, tidies the branches to exits (both architectures), and writes the tables as generated Java source.
 *
 * <pre>
 *   java stencils/StencilGen.java x86_64            # regenerate (run from the repository root)
 *   java stencils/StencilGen.java x86_64 --check    # exit 1 if the committed tables are not current
 *   options: --root DIR (repository root, default .), --clang PROGRAM (default clang-19),
 *            --out FILE (instead of the backend's source file), --text (plain lines instead of Java source)
 * </pre>
 *
 * A build tool, not part of the runtime: the normal Maven build compiles the committed tables and never runs it.
 */
public final class StencilGen {

    /** One architecture: clang target and flags, the generated file, and how its relocations are patched. */
    record Target(String name, String triple, int elfMachine, List<String> flags, String javaPackage,
                  String className, String outputPath) {
    }

    static final List<String> COMMON_FLAGS = List.of("-O3", "-std=c11", "-ffreestanding", "-ffunction-sections",
            "-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-fno-stack-protector", "-fno-jump-tables",
            "-fno-builtin", "-fno-vectorize", "-fno-slp-vectorize", "-Wall", "-Wextra", "-Werror");

    static final Target X86_64 = new Target("x86_64", "x86_64-linux-gnu", 62,
            List.of("-fno-pic", "-mcmodel=medium"), "dev.tiercel.backend.x64", "X64Stencils",
            "modules/backend-x64/src/main/java/dev/tiercel/backend/x64/X64Stencils.java");

    /** Code model large: every value hole is a MOVZ/MOVK sequence, every code target a B (imm26). */
    static final Target AARCH64 = new Target("aarch64", "aarch64-linux-gnu", 183,
            List.of("-fno-pic", "-mcmodel=large"), "dev.tiercel.backend.aarch64", "AArch64Stencils",
            "modules/backend-aarch64/src/main/java/dev/tiercel/backend/aarch64/AArch64Stencils.java");

    /** A hole as found: offset in the function, patch kind name, hole kind name (symbol without _JIT_), addend. */
    record Hole(int offset, String patch, String kind, long addend) {
    }

    /**
     * A compiled function: its name (NAME__D for a uop variant at cache depth D), code, holes, the size without
     * its final jump to the continuation, and its cache depths (in, out, at its exit) from its NAME_meta object.
     */
    record Function(String name, byte[] code, List<Hole> holes, int fallThroughSize, int[] depths,
                    java.util.Set<Integer> branchTargets) {
        Function withCode(byte[] newCode, List<Hole> newHoles, int newFallThrough) {
            return new Function(name, newCode, newHoles, newFallThrough, depths, branchTargets);
        }

        Function withBranchTargets(java.util.Set<Integer> targets) {
            return new Function(name, code, holes, fallThroughSize, depths, targets);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java stencils/StencilGen.java x86_64|aarch64 [--check] [--root DIR]"
                    + " [--clang PROG] [--out FILE] [--text]");
            System.exit(2);
        }
        Target target = switch (args[0]) {
            case "x86_64" -> X86_64;
            case "aarch64" -> AARCH64;
            default -> {
                System.err.println("StencilGen: no target " + args[0] + " (x86_64, aarch64)");
                System.exit(2);
                yield null;
            }
        };
        boolean check = false;
        Path root = Path.of(".");
        String clang = "clang-19";
        Path outOption = null;
        boolean text = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = true;
                case "--root" -> root = Path.of(args[++i]);
                case "--clang" -> clang = args[++i];
                case "--out" -> outOption = Path.of(args[++i]);
                case "--text" -> text = true;
                default -> {
                    System.err.println("StencilGen: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        String source = generate(target, root, clang, text);
        Path out = outOption != null ? outOption : root.resolve(target.outputPath());
        if (check) {
            String committed = Files.exists(out) ? Files.readString(out) : "";
            if (!committed.equals(source)) {
                System.err.println("StencilGen: " + out + " is not current; run: java stencils/StencilGen.java "
                        + target.name());
                System.exit(1);
            }
            System.out.println("StencilGen: " + out + " is current");
        } else {
            Files.writeString(out, source);
            System.out.println("StencilGen: wrote " + out);
        }
    }

    static String generate(Target target, Path root, String clang, boolean text)
            throws IOException, InterruptedException {
        Path object = Files.createTempFile("tiercel-stencils-", ".o");
        try {
            List<String> command = new ArrayList<>();
            command.add(clang);
            command.add("--target=" + target.triple());
            command.addAll(COMMON_FLAGS);
            command.addAll(target.flags());
            command.add("-c");
            command.add(root.resolve("stencils/uops.c").toString());
            command.add("-o");
            command.add(object.toString());
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("clang failed: " + String.join(" ", command));
            }
            List<Function> functions = new Elf(Files.readAllBytes(object), target).functions();
            if (target == X86_64) {
                java.util.Map<String, java.util.Set<Integer>> targets =
                        internalBranchTargets(object, findObjdump(clang)); // only x86-64 tidying needs a listing
                functions = functions.stream()
                        .map(f -> f.withBranchTargets(targets.getOrDefault(f.name(), java.util.Set.of()))).toList();
            }
            List<Function> tidied = functions.stream()
                    .map(target == X86_64 ? StencilGen::tidyX86
                            : f -> fallThroughAArch64(tidyAArch64(f))).toList();
            for (Function f : tidied) {
                long continues = f.holes().stream().filter(h -> h.kind().equals("CONTINUE")).count();
                if (!f.name().equals("trace_entry") && continues > (f.fallThroughSize() < f.code().length ? 1 : 0)) {
                    System.err.println("StencilGen: note: " + f.name() + " jumps to its continuation from the"
                            + " middle (correct, but the hot path takes a jump)");
                }
            }
            return text ? textTable(target, tidied) : javaSource(target, tidied);
        } finally {
            Files.deleteIfExists(object);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // ELF64 little-endian relocatable objects: sections, symbols, RELA relocations.

    static final class Elf {
        static final int SHT_SYMTAB = 2;
        static final int SHT_RELA = 4;
        static final int STT_FUNC = 2;
        static final long SHF_EXECINSTR = 4;

        final ByteBuffer b;
        final Target target;
        final int shoff;
        final int shnum;
        final int shstrndx;

        Elf(byte[] bytes, Target target) {
            this.target = target;
            b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt(0) != 0x464C457F || b.get(4) != 2 || b.get(5) != 1) {
                throw new IllegalArgumentException("not a 64-bit little-endian ELF file");
            }
            if (b.getShort(16) != 1) {
                throw new IllegalArgumentException("not a relocatable object");
            }
            if (b.getShort(18) != target.elfMachine()) {
                throw new IllegalArgumentException("ELF machine " + b.getShort(18) + ", expected "
                        + target.elfMachine() + " for " + target.name());
            }
            shoff = (int) b.getLong(0x28);
            shnum = Short.toUnsignedInt(b.getShort(0x3C));
            shstrndx = Short.toUnsignedInt(b.getShort(0x3E));
        }

        int sh(int index) {
            return shoff + index * 64;
        }

        int type(int s) {
            return b.getInt(sh(s) + 4);
        }

        long flags(int s) {
            return b.getLong(sh(s) + 8);
        }

        int offset(int s) {
            return (int) b.getLong(sh(s) + 24);
        }

        int size(int s) {
            return (int) b.getLong(sh(s) + 32);
        }

        int link(int s) {
            return b.getInt(sh(s) + 40);
        }

        int info(int s) {
            return b.getInt(sh(s) + 44);
        }

        String string(int strtab, int at) {
            int start = offset(strtab) + at;
            int end = start;
            while (b.get(end) != 0) {
                end++;
            }
            return new String(b.array(), start, end - start, StandardCharsets.UTF_8);
        }

        String sectionName(int s) {
            return string(shstrndx, b.getInt(sh(s)));
        }

        int symtab() {
            for (int s = 0; s < shnum; s++) {
                if (type(s) == SHT_SYMTAB) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no symbol table");
        }

        String symbolName(int symtab, int index) {
            return string(link(symtab), b.getInt(offset(symtab) + index * 24));
        }

        List<Function> functions() {
            int symtab = symtab();
            int count = size(symtab) / 24;
            List<Function> out = new ArrayList<>();
            for (int s = 0; s < shnum; s++) {
                if ((flags(s) & SHF_EXECINSTR) == 0 || size(s) == 0) {
                    continue;
                }
                String function = null;
                for (int i = 0; i < count; i++) {
                    int at = offset(symtab) + i * 24;
                    int stInfo = b.get(at + 4) & 0xF;
                    int shndx = Short.toUnsignedInt(b.getShort(at + 6));
                    if (stInfo == STT_FUNC && shndx == s) {
                        if (function != null || b.getLong(at + 8) != 0) {
                            throw new IllegalArgumentException(sectionName(s) + ": expected one function at 0");
                        }
                        function = symbolName(symtab, i);
                    }
                }
                if (function == null) {
                    throw new IllegalArgumentException(sectionName(s) + ": no function symbol");
                }
                byte[] code = new byte[size(s)];
                b.get(offset(s), code);
                out.add(new Function(function, code, relocations(s, symtab, function), code.length,
                        meta(symtab, count, function), java.util.Set.of()));
            }
            return out;
        }

        /** The three bytes of the function's NAME_meta object: cache depth in, out, and at its exit. */
        int[] meta(int symtab, int count, String function) {
            for (int i = 0; i < count; i++) {
                int at = offset(symtab) + i * 24;
                if (symbolName(symtab, i).equals(function + "_meta")) {
                    int section = Short.toUnsignedInt(b.getShort(at + 6));
                    int value = offset(section) + (int) b.getLong(at + 8);
                    return new int[] {b.get(value), b.get(value + 1), b.get(value + 2)};
                }
            }
            throw new IllegalArgumentException(function + ": no " + function + "_meta object");
        }

        List<Hole> relocations(int text, int symtab, String function) {
            List<Hole> holes = new ArrayList<>();
            for (int s = 0; s < shnum; s++) {
                if (type(s) != SHT_RELA || info(s) != text) {
                    continue;
                }
                if (link(s) != symtab) {
                    throw new IllegalArgumentException("relocations against another symbol table");
                }
                for (int at = offset(s); at < offset(s) + size(s); at += 24) {
                    int offset = (int) b.getLong(at);
                    long info = b.getLong(at + 8);
                    long addend = b.getLong(at + 16);
                    String symbol = symbolName(symtab, (int) (info >>> 32));
                    int type = (int) info;
                    if (!symbol.startsWith("_JIT_")) {
                        throw new IllegalArgumentException(function + ": relocation against " + symbol
                                + " (only _JIT_* holes are allowed: no data sections, no calls)");
                    }
                    String patch = target == X86_64 ? switch (type) {
                        case 1 -> "ABS64";   // R_X86_64_64
                        case 2, 4 -> "REL32"; // R_X86_64_PC32, R_X86_64_PLT32
                        case 10 -> "ABS32";  // R_X86_64_32
                        case 11 -> "ABS32S"; // R_X86_64_32S
                        default -> null;
                    } : switch (type) {
                        case 257 -> "ABS64";     // R_AARCH64_ABS64
                        case 263, 264 -> "MOVW_G0"; // R_AARCH64_MOVW_UABS_G0(_NC)
                        case 265, 266 -> "MOVW_G1"; // R_AARCH64_MOVW_UABS_G1(_NC)
                        case 267, 268 -> "MOVW_G2"; // R_AARCH64_MOVW_UABS_G2(_NC)
                        case 269 -> "MOVW_G3";   // R_AARCH64_MOVW_UABS_G3
                        case 282, 283 -> "BRANCH26"; // R_AARCH64_JUMP26, R_AARCH64_CALL26
                        case 280 -> "BRANCH19";  // R_AARCH64_CONDBR19 (B.cond, CBZ, CBNZ)
                        case 279 -> "BRANCH14";  // R_AARCH64_TSTBR14 (TBZ, TBNZ)
                        case 275 -> "ADRP_PAGE21"; // R_AARCH64_ADR_PREL_PG_HI21
                        case 277 -> "ADD_LO12";  // R_AARCH64_ADD_ABS_LO12_NC
                        default -> null;
                    };
                    if (patch == null) {
                        throw new IllegalArgumentException(function + ": relocation type " + type + " against "
                                + symbol + " is not supported for " + target.name());
                    }
                    holes.add(new Hole(offset, patch, symbol.substring(5), addend));
                }
            }
            holes.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
            return holes;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // x86-64 branch tidying. clang lays out an exit as a separate "jmp _JIT_EXIT_TARGET" and sometimes puts the
    // jump to the continuation in the middle. Two same-length rewrites, found by relocation positions:
    //  (a) "j<cc> +5; jmp EXIT" (short branch over the exit jump) becomes "j<!cc> EXIT; nop";
    //  (b) a function ending "j<cc> CONT|JUMP; jmp EXIT" becomes "j<!cc> EXIT; jmp CONT|JUMP",
    // so that the hot path falls through and the final jump to the continuation can be dropped by the layout.
    // Each pair means the same when entered at its first instruction; neither is applied when one of the
    // function's own branches lands on the rewritten jump (found with llvm-objdump-19).

    /**
     * An llvm-objdump for the listing: the one installed beside clang (Debian's llvm-19 puts it in
     * /usr/lib/llvm-19/bin), else llvm-objdump-19, else any llvm-objdump on PATH. Only branch offsets are read from
     * the listing, which every version since LLVM 14 prints alike; the package clang-19 alone ships none of them.
     */
    static String findObjdump(String clang) throws IOException {
        List<Path> candidates = new ArrayList<>();
        Path clangPath = onPath(clang);
        if (clangPath != null) {
            candidates.add(clangPath.toRealPath().resolveSibling("llvm-objdump"));
        }
        String versioned = clang.replace("clang", "llvm-objdump");
        for (String name : List.of(versioned, "llvm-objdump")) {
            Path found = onPath(name);
            if (found != null) {
                candidates.add(found);
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IOException("StencilGen: no llvm-objdump found (beside " + clang + ", " + versioned
                + " or llvm-objdump on PATH); apt-get install llvm-19");
    }

    static Path onPath(String program) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return Files.isExecutable(p) ? p : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        return null;
    }

    /**
     * Where each function's own branches go (offsets in the function), from llvm-objdump's disassembly: the
     * tidying must not rewrite an instruction that one of them lands on. Branches whose displacement is a hole
     * show a meaningless target; they are recognized by the hole and ignored by the callers.
     */
    static java.util.Map<String, java.util.Set<Integer>> internalBranchTargets(Path object, String objdump)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(objdump, "-d", "-r", "--no-show-raw-insn", object.toString())
                .redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(objdump + " failed:\n" + listing);
        }
        java.util.Map<String, java.util.Set<Integer>> targets = new java.util.HashMap<>();
        java.util.regex.Pattern header = java.util.regex.Pattern.compile("^[0-9a-f]+ <(.+)>:$");
        java.util.regex.Pattern branch = java.util.regex.Pattern.compile(
                "^\\s*([0-9a-f]+):\\s+(j[a-z]+|call[a-z]*|loop[a-z]*)\\s+0x([0-9a-f]+)\\b.*$");
        java.util.regex.Pattern relocation = java.util.regex.Pattern.compile("^\\s*([0-9a-f]+):\\s+R_X86_64_\\w+.*$");
        String function = null;
        int lastBranchAt = -1;
        int lastBranchTarget = -1;
        for (String line : listing.split("\n")) {
            java.util.regex.Matcher m = header.matcher(line);
            if (m.matches()) {
                function = m.group(1);
                targets.put(function, new java.util.HashSet<>());
                lastBranchAt = -1;
                continue;
            }
            if (function == null) {
                continue;
            }
            m = branch.matcher(line);
            if (m.matches()) {
                if (lastBranchAt >= 0) {
                    targets.get(function).add(lastBranchTarget);
                }
                lastBranchAt = Integer.parseInt(m.group(1), 16);
                lastBranchTarget = Integer.parseInt(m.group(3), 16);
                continue;
            }
            m = relocation.matcher(line);
            if (m.matches() && lastBranchAt >= 0) {
                lastBranchAt = -1; // the branch's displacement is a hole: not an internal branch
                continue;
            }
            if (!line.isBlank() && lastBranchAt >= 0) {
                targets.get(function).add(lastBranchTarget);
                lastBranchAt = -1;
            }
        }
        if (function != null && lastBranchAt >= 0) {
            targets.get(function).add(lastBranchTarget);
        }
        return targets;
    }

    static Function tidyX86(Function f) {
        byte[] code = f.code().clone();
        List<Hole> holes = new ArrayList<>(f.holes());
        for (int i = 0; i < holes.size(); i++) {
            Hole h = holes.get(i);
            int at = h.offset();
            if (h.kind().equals("EXIT_TARGET") && h.patch().equals("REL32") && at >= 3
                    && (code[at - 1] & 0xFF) == 0xE9 && (code[at - 2] & 0xFF) == 0x05
                    && (code[at - 3] & 0xF0) == 0x70 && !f.branchTargets().contains(at - 1)) {
                int cc = code[at - 3] & 0x0F;
                code[at - 3] = 0x0F;
                code[at - 2] = (byte) (0x80 | (cc ^ 1));
                System.arraycopy(f.code(), at, code, at - 1, 4);
                code[at + 3] = (byte) 0x90;
                holes.set(i, new Hole(at - 1, h.patch(), h.kind(), h.addend()));
            }
        }
        int n = code.length;
        Hole last = find(holes, n - 4);
        Hole before = find(holes, n - 9);
        if (n >= 11 && last != null && before != null && (code[n - 5] & 0xFF) == 0xE9
                && (code[n - 11] & 0xFF) == 0x0F && (code[n - 10] & 0xF0) == 0x80
                && last.kind().equals("EXIT_TARGET") && !f.branchTargets().contains(n - 5)
                && (before.kind().equals("CONTINUE") || before.kind().equals("JUMP_TARGET"))) {
            code[n - 10] ^= 1;
            holes.set(holes.indexOf(before), new Hole(n - 9, last.patch(), last.kind(), last.addend()));
            holes.set(holes.indexOf(last), new Hole(n - 4, before.patch(), before.kind(), before.addend()));
        }
        last = find(holes, n - 4);
        int fallThrough = n >= 5 && last != null && last.kind().equals("CONTINUE") && (code[n - 5] & 0xFF) == 0xE9
                ? n - 5 : n;
        return f.withCode(code, holes, fallThrough);
    }

    // ---------------------------------------------------------------------------------------------------------
    // AArch64 branch tidying. clang lays out a guard as "b.cc +8; b EXIT" (a short conditional branch over the
    // exit jump) and lets other tests in the function branch to that "b EXIT". Three steps, on decoded words:
    //  (1) an internal conditional branch (B.cond, CBZ/CBNZ, TBZ/TBNZ) or B to an instruction that is itself a
    //      "b SYMBOL" hole is retargeted to SYMBOL directly (a BRANCH19/BRANCH14/BRANCH26 hole);
    //  (2) "b.cc +8; b X" (or cbz/cbnz/tbz/tbnz +8) becomes "b.!cc X; nop" when no internal branch lands on
    //      "b X";
    //  (3) the nops are deleted and the internal branches and holes around them moved.
    // A function with a PC-relative data access (ADR, LDR literal) is refused: deleting words would break it.

    static int word(byte[] code, int at) {
        return (code[at] & 0xFF) | (code[at + 1] & 0xFF) << 8 | (code[at + 2] & 0xFF) << 16 | (code[at + 3] & 0xFF) << 24;
    }

    static void putWord(byte[] code, int at, int w) {
        for (int i = 0; i < 4; i++) {
            code[at + i] = (byte) (w >>> (8 * i));
        }
    }

    static boolean isB(int w) {
        return (w & 0xFC00_0000) == 0x1400_0000;
    }

    static boolean isBcond(int w) {
        return (w & 0xFF00_0010) == 0x5400_0000 && (w & 0xE) != 0xE; // not AL/NV
    }

    static boolean isCbz(int w) {
        return (w & 0x7E00_0000) == 0x3400_0000;
    }

    static boolean isTbz(int w) {
        return (w & 0x7E00_0000) == 0x3600_0000;
    }

    /** Branch displacement in bytes of a B, B.cond, CBZ/CBNZ or TBZ/TBNZ word. */
    static int displacement(int w) {
        if (isB(w)) {
            return (w << 6) >> 6 << 2;
        }
        if (isBcond(w) || isCbz(w)) {
            return (w << 8) >> 13 << 2;
        }
        return (w << 13) >> 18 << 2;
    }

    static int withDisplacement(int w, int bytes) {
        int imm = bytes >> 2;
        if (isB(w)) {
            return (w & 0xFC00_0000) | (imm & 0x03FF_FFFF);
        }
        if (isBcond(w) || isCbz(w)) {
            if (imm < -(1 << 18) || imm >= (1 << 18)) {
                throw new IllegalStateException("imm19 out of range");
            }
            return (w & 0xFF00_001F) | (imm & 0x7FFFF) << 5;
        }
        if (imm < -(1 << 13) || imm >= (1 << 13)) {
            throw new IllegalStateException("imm14 out of range");
        }
        return (w & 0xFFF8_001F) | (imm & 0x3FFF) << 5;
    }

    static boolean isBranch(int w) {
        return isB(w) || isBcond(w) || isCbz(w) || isTbz(w);
    }

    static String branchPatch(int w) {
        return isB(w) ? "BRANCH26" : isTbz(w) ? "BRANCH14" : "BRANCH19";
    }

    /** Offset of each internal branch (one without a hole) -> its target offset. */
    static java.util.Map<Integer, Integer> internalBranches(byte[] code, List<Hole> holes) {
        java.util.Map<Integer, Integer> out = new java.util.TreeMap<>();
        for (int at = 0; at + 4 <= code.length; at += 4) {
            int w = word(code, at);
            if (isBranch(w) && find(holes, at) == null) {
                out.put(at, at + displacement(w));
            }
        }
        return out;
    }

    /** (2): "b.cc +8; b X" (X not the continuation) becomes "b.!cc X; nop" when nothing else lands on "b X". */
    static void hopOverExits(byte[] code, List<Hole> holes, java.util.Set<Integer> nops) {
        java.util.Set<Integer> targets = new java.util.HashSet<>(internalBranches(code, holes).values());
        for (int i = 0; i < holes.size(); i++) {
            Hole h = holes.get(i);
            int at = h.offset();
            if (!h.patch().equals("BRANCH26") || at < 4 || !isB(word(code, at)) || targets.contains(at)
                    || find(holes, at - 4) != null || nops.contains(at - 4)) {
                continue;
            }
            int before = word(code, at - 4);
            if ((isBcond(before) || isCbz(before) || isTbz(before)) && displacement(before) == 8
                    && !h.kind().equals("CONTINUE")) {
                int inverted = isBcond(before) ? before ^ 1 : before ^ 0x0100_0000;
                putWord(code, at - 4, withDisplacement(inverted, 0));
                putWord(code, at, 0xD503_201F); // nop
                holes.set(i, new Hole(at - 4, branchPatch(before), h.kind(), h.addend()));
                nops.add(at);
            }
        }
    }

    static Function tidyAArch64(Function f) {
        byte[] code = f.code().clone();
        List<Hole> holes = new ArrayList<>(f.holes());
        for (int at = 0; at + 4 <= code.length; at += 4) {
            int w = word(code, at);
            if ((w & 0x1F00_0000) == 0x1000_0000 || (w & 0x3B00_0000) == 0x1800_0000) {
                throw new IllegalArgumentException(f.name() + ": PC-relative data access at " + at
                        + " (ADR/ADRP or LDR literal); not supported in stencils");
            }
        }
        java.util.Set<Integer> nops = new java.util.TreeSet<>();
        hopOverExits(code, holes, nops);
        // (1) internal branches to "b SYMBOL" go to SYMBOL directly (not a "+8" hop over a "b EXIT": (2) takes those)
        for (var e : internalBranches(code, holes).entrySet()) {
            Hole h = find(holes, e.getValue());
            int w = word(code, e.getKey());
            Hole hopped = find(holes, e.getKey() + 4);
            boolean hop = displacement(w) == 8 && hopped != null && hopped.kind().equals("EXIT_TARGET");
            if (h != null && h.patch().equals("BRANCH26") && isB(word(code, e.getValue())) && !hop) {
                putWord(code, e.getKey(), withDisplacement(w, 0));
                holes.add(new Hole(e.getKey(), branchPatch(w), h.kind(), h.addend()));
            }
        }
        hopOverExits(code, holes, nops);
        // (2b) a function ending "b.cc CONT|JUMP; b EXIT" ends "b.!cc EXIT; b CONT|JUMP" (the final b may be dropped)
        int n = code.length;
        Hole last = find(holes, n - 4);
        Hole before = find(holes, n - 8);
        if (n >= 8 && last != null && before != null && last.kind().equals("EXIT_TARGET") && isB(word(code, n - 4))
                && (before.kind().equals("CONTINUE") || before.kind().equals("JUMP_TARGET"))
                && !internalBranches(code, holes).containsValue(n - 4)) {
            int w = word(code, n - 8);
            if (isBcond(w) || isCbz(w) || isTbz(w)) {
                putWord(code, n - 8, isBcond(w) ? w ^ 1 : w ^ 0x0100_0000);
                holes.set(holes.indexOf(before), new Hole(n - 8, before.patch(), last.kind(), last.addend()));
                holes.set(holes.indexOf(last), new Hole(n - 4, last.patch(), before.kind(), before.addend()));
            }
        }
        // (3) delete the nops
        if (!nops.isEmpty()) {
            java.util.Map<Integer, Integer> branches = internalBranches(code, holes);
            java.util.function.IntUnaryOperator moved = o -> o - 4 * (int) nops.stream().filter(x -> x < o).count();
            byte[] out = new byte[code.length - 4 * nops.size()];
            for (int at = 0; at < code.length; at += 4) {
                if (nops.contains(at)) {
                    continue;
                }
                int w = word(code, at);
                Integer target = branches.get(at);
                if (target != null) {
                    if (nops.contains(target)) {
                        throw new IllegalStateException(f.name() + ": branch onto a deleted nop");
                    }
                    w = withDisplacement(w, moved.applyAsInt(target) - moved.applyAsInt(at));
                }
                putWord(out, moved.applyAsInt(at), w);
            }
            code = out;
            holes.replaceAll(h -> new Hole(moved.applyAsInt(h.offset()), h.patch(), h.kind(), h.addend()));
        }
        holes.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        return f.withCode(code, holes, code.length);
    }

    /** AArch64: a final "b CONTINUE" (4 bytes) is what the layout drops. */
    static Function fallThroughAArch64(Function f) {
        int n = f.code().length;
        Hole last = find(f.holes(), n - 4);
        boolean branch = n >= 4 && (f.code()[n - 1] & 0xFC) == 0x14; // B imm26: top six bits 000101
        int fallThrough = last != null && last.kind().equals("CONTINUE") && last.patch().equals("BRANCH26") && branch
                ? n - 4 : n;
        return f.withCode(f.code(), f.holes(), fallThrough);
    }


    static Hole find(List<Hole> holes, int offset) {
        return holes.stream().filter(h -> h.offset() == offset).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------------------------------------------------

    static String javaSource(Target target, List<Function> functions) {
        StringBuilder sb = new StringBuilder();
        sb.append("// GENERATED by stencils/StencilGen.java from stencils/uops.c with clang-19 --target=")
                .append(target.triple()).append(". DO NOT EDIT.\n");
        sb.append("// Regenerate from the repository root: java stencils/StencilGen.java ").append(target.name())
                .append('\n');
        sb.append("package ").append(target.javaPackage()).append(";\n\n");
        sb.append("import dev.tiercel.tier2.nativecode.Hole;\n");
        sb.append("import dev.tiercel.tier2.nativecode.HoleKind;\n");
        sb.append("import dev.tiercel.tier2.nativecode.PatchKind;\n");
        sb.append("import dev.tiercel.tier2.nativecode.Stencil;\n");
        sb.append("import dev.tiercel.tier2.nativecode.StencilSet;\n");
        sb.append("import java.util.List;\n\n");
        sb.append("/** The ").append(target.name()).append(" stencils: the trace entry and one per uop. Generated. */\n");
        sb.append("final class ").append(target.className()).append(" {\n");
        sb.append("    private ").append(target.className()).append("() {\n    }\n\n");
        sb.append("    static StencilSet create() {\n");
        sb.append("        return new StencilSet(\"").append(target.name()).append("\", ");
        Function entry = functions.stream().filter(f -> f.name().equals("trace_entry")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no trace_entry function"));
        sb.append(stencil(entry, "                ")).append(",\n                List.of(\n");
        List<Function> spills = functions.stream()
                .filter(f -> f.name().startsWith("spill__") || f.name().startsWith("fill__")).toList();
        for (int i = 0; i < spills.size(); i++) {
            sb.append("                        ").append(stencil(spills.get(i), "                        "));
            sb.append(i + 1 < spills.size() ? ",\n" : "),\n                List.of(\n");
        }
        List<Function> uops = functions.stream().filter(f -> f != entry && !spills.contains(f)).toList();
        for (int i = 0; i < uops.size(); i++) {
            sb.append("                        ").append(stencil(uops.get(i), "                        "));
            sb.append(i + 1 < uops.size() ? ",\n" : "));\n");
        }
        sb.append("    }\n}\n");
        return sb.toString();
    }

    /**
     * The same tables as plain lines, for harnesses that run another architecture's stencils (under qemu):
     * {@code stencil NAME FALL_THROUGH_SIZE HEX DEPTH_IN DEPTH_OUT DEPTH_AT_EXIT} followed by its
     * {@code hole OFFSET PATCH KIND ADDEND} lines.
     */
    static String textTable(Target target, List<Function> functions) {
        StringBuilder sb = new StringBuilder("# GENERATED by stencils/StencilGen.java " + target.name() + " --text\n");
        for (Function f : functions) {
            sb.append("stencil ").append(f.name()).append(' ').append(f.fallThroughSize()).append(' ')
                    .append(HexFormat.of().formatHex(f.code())).append(' ').append(f.depths()[0]).append(' ')
                    .append(f.depths()[1]).append(' ').append(f.depths()[2]).append('\n');
            for (Hole h : f.holes()) {
                sb.append("hole ").append(h.offset()).append(' ').append(h.patch()).append(' ').append(h.kind())
                        .append(' ').append(h.addend()).append('\n');
            }
        }
        return sb.toString();
    }

    static String stencil(Function f, String indent) {
        StringBuilder sb = new StringBuilder();
        String name = f.name().equals("trace_entry") ? f.name() : f.name().substring(0, f.name().lastIndexOf("__"));
        sb.append("Stencil.ofHex(\"").append(name).append("\", ").append(f.depths()[0]).append(", ")
                .append(f.depths()[1]).append(", ").append(f.depths()[2]).append(",\n").append(indent)
                .append("        \"").append(HexFormat.of().formatHex(f.code())).append("\", ")
                .append(f.fallThroughSize());
        for (Hole h : f.holes()) {
            sb.append(",\n").append(indent).append("        new Hole(").append(h.offset()).append(", PatchKind.")
                    .append(h.patch()).append(", HoleKind.").append(h.kind()).append(", ").append(h.addend())
                    .append(h.addend() == (int) h.addend() ? "" : "L").append(')');
        }
        return sb.append(')').toString();
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
