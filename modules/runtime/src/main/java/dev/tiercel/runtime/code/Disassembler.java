package dev.tiercel.runtime.code;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyEllipsis;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Produces the text of CPython 3.13's {@code python -m dis FILE} for a code object: line numbers, {@code Ln:}
 * labels, argument reprs, the exception table, and nested code objects' disassemblies.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5;
    private static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]"};
    private static final String[] CMP_OPS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] INTRINSIC1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
        "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
        "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
        "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};
    private static final String[] INTRINSIC2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
        "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        "INTRINSIC_SET_TYPEPARAM_DEFAULT"};
    private static final String[] FUNCTION_ATTR_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    private final boolean adaptive;
    private final StringBuilder out = new StringBuilder();

    private Disassembler(boolean adaptive) {
        this.adaptive = adaptive;
    }

    /** The disassembly of {@code code} and, recursively, of the code objects among its constants. */
    public static String disassemble(PyCode code, boolean adaptive) {
        Disassembler d = new Disassembler(adaptive);
        d.recursive(code);
        return d.out.toString();
    }

    public static String disassemble(PyCode code) {
        return disassemble(code, false);
    }

    private void recursive(PyCode co) {
        one(co);
        for (PyObject c : co.consts) {
            if (c instanceof PyCode nested) {
                out.append('\n');
                out.append("Disassembly of ").append(codeRepr(nested)).append(":\n");
                recursive(nested);
            }
        }
    }

    private record Ins(int offset, int op, int arg, boolean hasArg) {}

    private void one(PyCode co) {
        short[] code = co.code;
        short[] shown = adaptive ? co.adaptive : co.code;
        List<Ins> instrs = unpack(code);
        Map<Integer, Integer> lineStarts = lineStarts(co);
        ExceptionTable et = ExceptionTable.decode(co.exceptiontable);
        Map<Integer, Integer> labels = labels(instrs, et);
        int labelWidth = 4 + String.valueOf(labels.size()).length();
        int linenoWidth = linenoWidth(lineStarts);
        for (Ins i : instrs) {
            boolean startsLine = lineStarts.containsKey(i.offset);
            if (linenoWidth > 0 && startsLine && i.offset > 0) {
                out.append('\n');
            }
            List<String> fields = new ArrayList<>();
            if (linenoWidth > 0) {
                if (startsLine) {
                    Integer line = lineStarts.get(i.offset);
                    String s = line == null ? "--" : String.valueOf(line);
                    fields.add(" ".repeat(Math.max(0, linenoWidth - s.length())) + s);
                } else {
                    fields.add(" ".repeat(linenoWidth));
                }
            }
            Integer lbl = labels.get(i.offset);
            if (lbl != null) {
                String l = "L" + lbl + ":";
                fields.add(" ".repeat(Math.max(0, labelWidth - l.length())) + l);
            } else {
                fields.add(" ".repeat(labelWidth));
            }
            fields.add("   ");
            int shownOp = shown[i.offset] & 0xFF;
            String opname = Opcodes.name(shownOp);
            if (opname == null) {
                opname = "<" + shownOp + ">";
            }
            fields.add(pad(opname, OPNAME_WIDTH));
            if (i.hasArg) {
                int excess = Math.max(0, opname.length() - OPNAME_WIDTH);
                String arg = String.valueOf(i.arg);
                fields.add(" ".repeat(Math.max(0, OPARG_WIDTH - excess - arg.length())) + arg);
                String argrepr = argrepr(co, i, labels);
                if (!argrepr.isEmpty()) {
                    fields.add("(" + argrepr + ")");
                }
            }
            out.append(rstrip(String.join(" ", fields))).append('\n');
        }
        if (!et.entries().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : et.entries()) {
                out.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                        .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** Label numbers by code-unit offset: every jump target and exception-table boundary, in offset order. */
    private static Map<Integer, Integer> labels(List<Ins> instrs, ExceptionTable et) {
        TreeSet<Integer> labelOffsets = new TreeSet<>();
        for (Ins i : instrs) {
            int t = jumpTarget(i);
            if (t >= 0) {
                labelOffsets.add(t);
            }
        }
        for (ExceptionTable.Entry e : et.entries()) {
            labelOffsets.add(e.start());
            labelOffsets.add(e.end());
            labelOffsets.add(e.target());
        }
        Map<Integer, Integer> labels = new LinkedHashMap<>();
        for (int off : labelOffsets) {
            labels.put(off, labels.size() + 1);
        }
        return labels;
    }

    /**
     * One instruction as {@code dis.get_instructions} describes it; offsets in bytes, {@code arg} -1 when the
     * instruction takes none, {@code line} null when it has no line, {@code label} null when nothing jumps there.
     */
    public record Row(String opname, int opcode, int arg, PyObject argval, String argrepr, int offset,
            boolean startsLine, Integer line, Integer label) {}

    /** The instructions of {@code code} (not of nested code objects), as {@code dis} lists them. */
    public static List<Row> rows(PyCode co, boolean adaptive) {
        Disassembler d = new Disassembler(adaptive);
        short[] shown = adaptive ? co.adaptive : co.code;
        List<Ins> instrs = unpack(co.code);
        Map<Integer, Integer> lineStarts = lineStarts(co);
        Map<Integer, Integer> labels = labels(instrs, ExceptionTable.decode(co.exceptiontable));
        List<Integer> lines = lineOfEachUnit(co);
        List<Row> rows = new ArrayList<>();
        for (Ins i : instrs) {
            int shownOp = shown[i.offset] & 0xFF;
            String name = Opcodes.name(shownOp) == null ? "<" + shownOp + ">" : Opcodes.name(shownOp);
            rows.add(new Row(name, shownOp, i.hasArg ? i.arg : -1, argval(co, i), i.hasArg ? d.argrepr(co, i, labels)
                    : "", 2 * i.offset, lineStarts.containsKey(i.offset), lines.get(i.offset), labels.get(i.offset)));
        }
        return rows;
    }

    private static List<Integer> lineOfEachUnit(PyCode co) {
        List<Integer> lines = new ArrayList<>(java.util.Collections.nCopies(co.code.length, (Integer) null));
        for (LineTable.Range r : LineTable.decode(co.linetable, co.firstlineno)) {
            for (int u = r.start(); u < Math.min(r.end(), lines.size()); u++) {
                lines.set(u, r.position().line() < 0 ? null : r.position().line());
            }
        }
        return lines;
    }

    /** The resolved argument ({@code Instruction.argval}): the constant, the name, the jump target's byte offset. */
    private static PyObject argval(PyCode co, Ins i) {
        if (!i.hasArg) {
            return dev.tiercel.runtime.object.PyNone.INSTANCE;
        }
        int op = i.op, arg = i.arg, flags = Opcodes.flags(op);
        if ((flags & Opcodes.F_CONST) != 0) {
            return co.consts[arg];
        }
        if ((flags & Opcodes.F_NAME) != 0) {
            int index = op == Opcodes.LOAD_GLOBAL || op == Opcodes.LOAD_ATTR ? arg >> 1
                    : op == Opcodes.LOAD_SUPER_ATTR ? arg >> 2 : arg;
            return dev.tiercel.runtime.object.PyStr.of(co.names[index]);
        }
        if ((flags & Opcodes.F_JUMP) != 0) {
            return dev.tiercel.runtime.object.PyInt.of(2L * jumpTarget(i));
        }
        if (op == Opcodes.LOAD_FAST_LOAD_FAST || op == Opcodes.STORE_FAST_LOAD_FAST
                || op == Opcodes.STORE_FAST_STORE_FAST) {
            return dev.tiercel.runtime.object.PyTuple.of(dev.tiercel.runtime.object.PyStr.of(co.localsplusnames[arg >> 4]),
                    dev.tiercel.runtime.object.PyStr.of(co.localsplusnames[arg & 15]));
        }
        if ((flags & (Opcodes.F_LOCAL | Opcodes.F_FREE)) != 0 && arg < co.localsplusnames.length) {
            return dev.tiercel.runtime.object.PyStr.of(co.localsplusnames[arg]);
        }
        if (op == Opcodes.COMPARE_OP) {
            return dev.tiercel.runtime.object.PyStr.of(CMP_OPS[arg >> 5]);
        }
        return dev.tiercel.runtime.object.PyInt.of(arg);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Instructions with EXTENDED_ARG folded into the next oparg, caches skipped; offsets in code units. */
    private static List<Ins> unpack(short[] code) {
        List<Ins> out = new ArrayList<>();
        int ext = 0;
        int caches = 0;
        for (int i = 0; i < code.length; i++) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xFF;
            int deop = Opcodes.name(op) == null ? op : Opcodes.base(op);
            caches = Opcodes.name(deop) == null ? 0 : Opcodes.cacheEntries(deop);
            boolean hasArg = Opcodes.name(deop) != null && takesArg(deop);
            int arg = 0;
            if (hasArg) {
                arg = ((code[i] >> 8) & 0xFF) | ext;
                ext = deop == Opcodes.EXTENDED_ARG ? arg << 8 : 0;
            } else {
                ext = 0;
            }
            out.add(new Ins(i, deop, arg, hasArg));
        }
        return out;
    }

    /** Whether {@code dis} shows an argument: CPython's {@code hasarg}, as the generated table records it. */
    private static boolean takesArg(int op) {
        return Opcodes.hasArg(op);
    }

    private static int jumpTarget(Ins i) {
        if (!i.hasArg || (Opcodes.flags(i.op) & Opcodes.F_JUMP) == 0) {
            return -1;
        }
        boolean backward = i.op == Opcodes.JUMP_BACKWARD || i.op == Opcodes.JUMP_BACKWARD_NO_INTERRUPT;
        return i.offset + 1 + (backward ? -i.arg : i.arg) + Opcodes.cacheEntries(i.op);
    }

    /** {@code dis.findlinestarts}: offset of each change of line in {@code co_lines()}. */
    private static Map<Integer, Integer> lineStarts(PyCode co) {
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        Object last = new Object();
        for (LineTable.Range r : LineTable.decode(co.linetable, co.firstlineno)) {
            Integer line = r.position().line() < 0 ? null : r.position().line();
            if (!java.util.Objects.equals(line, last)) {
                last = line;
                starts.put(r.start(), line);
            }
        }
        return starts;
    }

    private static int linenoWidth(Map<Integer, Integer> starts) {
        int max = -1;
        boolean hasNone = false;
        for (Integer l : starts.values()) {
            if (l == null) {
                hasNone = true;
            } else if (l != 0) {
                max = Math.max(max, l);
            }
        }
        if (max == -1) {
            return 0;
        }
        int w = Math.max(3, String.valueOf(max).length());
        if (w < 4 && hasNone) {
            w = 4;
        }
        return w;
    }

    private String argrepr(PyCode co, Ins i, Map<Integer, Integer> labels) {
        int op = i.op, arg = i.arg;
        int flags = Opcodes.flags(op);
        if ((flags & Opcodes.F_CONST) != 0) {
            return repr(co.consts[arg]);
        }
        if ((flags & Opcodes.F_NAME) != 0) {
            if (op == Opcodes.LOAD_GLOBAL) {
                return co.names[arg >> 1] + ((arg & 1) != 0 ? " + NULL" : "");
            }
            if (op == Opcodes.LOAD_ATTR) {
                return co.names[arg >> 1] + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            if (op == Opcodes.LOAD_SUPER_ATTR) {
                return co.names[arg >> 2] + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            return co.names[arg];
        }
        if ((flags & Opcodes.F_JUMP) != 0) {
            Integer l = labels.get(jumpTarget(i));
            return "to L" + l;
        }
        if (op == Opcodes.LOAD_FAST_LOAD_FAST || op == Opcodes.STORE_FAST_LOAD_FAST
                || op == Opcodes.STORE_FAST_STORE_FAST) {
            return co.localsplusnames[arg >> 4] + ", " + co.localsplusnames[arg & 15];
        }
        if ((flags & (Opcodes.F_LOCAL | Opcodes.F_FREE)) != 0) {
            return arg < co.localsplusnames.length ? co.localsplusnames[arg] : "";
        }
        if (op == Opcodes.COMPARE_OP) {
            String s = CMP_OPS[arg >> 5];
            return (arg & 16) != 0 ? "bool(" + s + ")" : s;
        }
        if (op == Opcodes.CONVERT_VALUE) {
            return new String[] {"", "str", "repr", "ascii"}[arg];
        }
        if (op == Opcodes.SET_FUNCTION_ATTRIBUTE) {
            List<String> parts = new ArrayList<>();
            for (int b = 0; b < FUNCTION_ATTR_FLAGS.length; b++) {
                if ((arg & (1 << b)) != 0) {
                    parts.add(FUNCTION_ATTR_FLAGS[b]);
                }
            }
            return String.join(", ", parts);
        }
        if (op == Opcodes.BINARY_OP) {
            return arg < NB_OPS.length ? NB_OPS[arg] : "";
        }
        if (op == Opcodes.CALL_INTRINSIC_1) {
            return arg < INTRINSIC1.length ? INTRINSIC1[arg] : "";
        }
        if (op == Opcodes.CALL_INTRINSIC_2) {
            return arg < INTRINSIC2.length ? INTRINSIC2[arg] : "";
        }
        return "";
    }

    // ---- constant reprs ----

    static String codeRepr(PyCode c) {
        return "<code object " + c.name + " at 0x" + Long.toHexString(0x7f0000000000L
                + (System.identityHashCode(c) & 0xffffffffL) * 16) + ", file \"" + c.filename + "\", line "
                + c.firstlineno + ">";
    }

    /** Python's {@code repr} of a constant. */
    public static String repr(PyObject o) {
        if (o instanceof PyCode c) {
            return codeRepr(c);
        }
        if (o == PyNone.INSTANCE) {
            return "None";
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE ? "True" : "False";
        }
        if (o instanceof PyInt i) {
            return i.toBigInteger().toString();
        }
        if (o instanceof PyFloat f) {
            return floatRepr(f.value);
        }
        if (o instanceof PyComplex c) {
            return complexRepr(c.real, c.imag);
        }
        if (o instanceof PyStr s) {
            return strRepr(s.value);
        }
        if (o instanceof PyBytes b) {
            return bytesRepr(b.toByteArray());
        }
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int k = 0; k < t.size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(repr(t.get(k)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
        if (o == PyEllipsis.INSTANCE) {
            return "Ellipsis";
        }
        if (o instanceof dev.tiercel.runtime.object.PyFrozenSet fs) {
            return frozensetRepr(fs);
        }
        return String.valueOf(o);
    }

    /** {@code frozenset({...})} in the set's table order, as CPython prints it. */
    private static String frozensetRepr(dev.tiercel.runtime.object.PyFrozenSet fs) {
        if (fs.size() == 0) {
            return "frozenset()";
        }
        StringBuilder sb = new StringBuilder("frozenset({");
        boolean first = true;
        for (int p = fs.next(0); p >= 0; p = fs.next(p + 1)) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(repr(fs.keyAt(p)));
        }
        return sb.append("})").toString();
    }

    /** Python's shortest round-trip float repr: exponent form below 1e-4 and from 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java always prints two significant digits in its E form (4.9E-324); Python may need only one
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new java.math.MathContext(1));
            if (one.doubleValue() == Math.abs(d)) {
                bd = one.stripTrailingZeros();
            }
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        if (decpt > 16 || decpt < -3) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = decpt - 1;
            String e = String.valueOf(Math.abs(exp));
            if (e.length() < 2) {
                e = "0" + e;
            }
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + e;
        }
        String s;
        if (decpt <= 0) {
            s = "0." + "0".repeat(-decpt) + digits;
        } else if (decpt >= digits.length()) {
            s = digits + "0".repeat(decpt - digits.length()) + ".0";
        } else {
            s = digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        return sign + s;
    }

    private static String complexPart(double d) {
        String r = floatRepr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    static String complexRepr(double real, double imag) {
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return complexPart(imag) + "j";
        }
        String im = complexPart(imag);
        String sign = im.startsWith("-") || Double.isNaN(imag) && false ? "" : "+";
        return "(" + complexPart(real) + sign + im + "j)";
    }

    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.appendCodePoint(cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
