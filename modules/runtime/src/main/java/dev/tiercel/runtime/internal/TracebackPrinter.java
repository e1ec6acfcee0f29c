package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.code.LineTable;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyExceptionGroup;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTraceback;
import dev.tiercel.runtime.object.PyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Formats an uncaught exception as CPython 3.13's traceback module does (carets included). */
public final class TracebackPrinter {
    private final Map<String, List<String>> sources = new HashMap<>();

    /** Source text registered for pseudo-files such as {@code <string>} and {@code <stdin>}. */
    public void registerSource(String filename, String source) {
        sources.put(filename, source.lines().toList());
    }

    private String line(String filename, int lineno) {
        List<String> lines = sources.computeIfAbsent(filename, TracebackPrinter::readLines);
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** Reads a source file, also relative to the sys.path entries as linecache does. */
    private static List<String> readLines(String f) {
        List<Path> candidates = new java.util.ArrayList<>();
        candidates.add(Path.of(f));
        if (!Path.of(f).isAbsolute() && dev.tiercel.runtime.object.Py.sys != null) {
            PyObject path = dev.tiercel.runtime.object.Py.sys.dict().getStr("path");
            if (path instanceof PyList l) {
                for (int i = 0; i < l.size; i++) {
                    if (l.get(i) instanceof PyStr s) {
                        candidates.add(Path.of(s.value).resolve(f));
                    }
                }
            }
        }
        for (Path p : candidates) {
            try {
                if (Files.isRegularFile(p)) {
                    return Files.readString(p, StandardCharsets.UTF_8).lines().toList();
                }
            } catch (Exception e) {
                // try the next one
            }
        }
        return List.of();
    }

    public String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new Context());
        return sb.toString();
    }

    /** What traceback.py's {@code _ExceptionPrintContext} tracks: seen exceptions, the group nesting depth. */
    private static final class Context {
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int groupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        /** Appends text with every line prefixed by the indent and, inside groups, a margin character. */
        void emit(StringBuilder out, CharSequence text, char margin) {
            String prefix = groupDepth == 0 ? "" : indent() + margin + " ";
            int from = 0;
            while (from < text.length()) {
                int nl = text.toString().indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, from, to);
                from = to;
            }
        }
    }

    /** Groups deeper than this print as "... (max_group_depth is 10)"; wider ones as "and N more exceptions". */
    private static final int MAX_GROUP_DEPTH = 10;
    private static final int MAX_GROUP_WIDTH = 15;

    private void format(PyBaseException e, StringBuilder out, Context ctx) {
        ctx.seen.add(e);
        if (e.cause != null && !ctx.seen.contains(e.cause)) {
            format(e.cause, out, ctx);
            ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (e.context != null && !e.suppressContext && !ctx.seen.contains(e.context)) {
            format(e.context, out, ctx);
            ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        if (!(e instanceof PyExceptionGroup group)) {
            StringBuilder sb = new StringBuilder();
            if (e.traceback != null) {
                sb.append("Traceback (most recent call last):\n");
                stack(sb, e.traceback);
            }
            exceptionOnly(e, sb);
            ctx.emit(out, sb, '|');
        } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
        } else {
            formatGroup(group, out, ctx);
        }
    }

    private void formatGroup(PyExceptionGroup group, StringBuilder out, Context ctx) {
        boolean topLevel = ctx.groupDepth == 0;
        if (topLevel) {
            ctx.groupDepth++;
        }
        if (group.traceback != null) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            StringBuilder sb = new StringBuilder();
            stack(sb, group.traceback);
            ctx.emit(out, sb, '|');
        }
        StringBuilder only = new StringBuilder();
        exceptionOnly(group, only);
        ctx.emit(out, only, '|');
        int count = group.exceptions.size();
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                format((PyBaseException) group.exceptions.get(i), out, ctx);
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (topLevel) {
            ctx.groupDepth = 0;
        }
    }

    /** The "File ..., line ..." entries of one traceback, with CPython's repetition folding. */
    private void stack(StringBuilder sb, PyTraceback first) {
        String last = null;
        int repeat = 0;
        for (PyTraceback tb = first; tb != null; tb = tb.next) {
            LineTable.Position pos = LineTable.positionAt(tb.code, tb.instr);
            String key = tb.code.filename + ":" + pos.line() + ":" + tb.code.name;
            if (key.equals(last)) {
                repeat++;
                if (repeat >= 3) {
                    continue;
                }
            } else {
                flushRepeat(sb, repeat);
                last = key;
                repeat = 0;
            }
            frame(sb, tb, pos);
        }
        flushRepeat(sb, repeat);
    }

    private static void flushRepeat(StringBuilder sb, int repeat) {
        if (repeat >= 3) {
            int n = repeat - 2;
            sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private void frame(StringBuilder sb, PyTraceback tb, LineTable.Position pos) {
        sb.append("  File \"").append(tb.code.filename).append("\", line ").append(pos.line() < 0 ? "None"
                : String.valueOf(pos.line())).append(", in ").append(tb.code.name).append('\n');
        String src = pos.line() > 0 ? line(tb.code.filename, pos.line()) : null;
        if (src == null || src.isBlank()) {
            return;
        }
        String stripped = src.strip();
        sb.append("    ").append(stripped).append('\n');
        if (pos.endLine() != pos.line()) {
            return;
        }
        String caret = caretLine(src, pos.column(), pos.endColumn());
        if (caret != null) {
            sb.append(caret).append('\n');
        }
    }

    /**
     * The marker line CPython prints under source line {@code src} for the segment between UTF-8 byte columns
     * {@code column} and {@code endColumn} ({@code ~} with {@code ^} on the anchor), or null when CPython prints
     * none. Also the {@code traceback} module's answer (through {@code _traceback.caret_line}).
     */
    public static String caretLine(String src, int column, int endColumn) {
        if (column < 0 || endColumn < 0) {
            return null;
        }
        int start = charCol(src, column);
        int end = charCol(src, endColumn);
        if (end <= start || end > src.length()) {
            return null;
        }
        String segment = src.substring(start, end);
        int[] anchors = Carets.anchors(segment);
        if (!Carets.shouldShow(src, start, end, anchors)) {
            return null;
        }
        int indent = src.length() - src.stripLeading().length();
        StringBuilder caret = new StringBuilder("    ");
        for (int i = indent; i < start; i++) {
            caret.append(' ');
        }
        for (int i = 0; i < segment.length(); i++) {
            boolean primary = anchors == null || (i >= anchors[0] && i < anchors[1]);
            caret.append(primary ? '^' : '~');
        }
        return caret.toString();
    }

    /** {@code _traceback}: what the Python {@code traceback} module takes from here (one caret rule). */
    static dev.tiercel.runtime.object.PyModule helperModule() {
        var m = new dev.tiercel.runtime.object.PyModule("_traceback");
        m.set("caret_line", new dev.tiercel.runtime.object.PyBuiltinFunction("caret_line", (a, k) -> {
            dev.tiercel.runtime.object.Args.check("caret_line", a, k, 3, 3);
            String line = caretLine(Ops.str(a[0]), (int) Ops.index(a[1]), (int) Ops.index(a[2]));
            return line == null ? dev.tiercel.runtime.object.PyNone.INSTANCE : PyStr.of(line);
        }, false, "_traceback"));
        return m;
    }

    private static int charCol(String line, int byteCol) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteCol >= b.length) {
            return line.length() + (byteCol - b.length);
        }
        return new String(b, 0, byteCol, StandardCharsets.UTF_8).length();
    }

    /** The last line(s): {@code Type: message} and notes. */
    public static void exceptionOnly(PyBaseException e, StringBuilder sb) {
        PyType t = e.type();
        String name = t.qualname;
        if (!t.module.equals("__main__") && !t.module.equals("builtins")) {
            name = t.module + "." + name;
        }
        if (e.isInstance(PyExc.SyntaxError)) {
            syntaxError(e, sb, name);
        } else {
            String msg;
            try {
                msg = Ops.str(e);
            } catch (RuntimeException ex) {
                msg = "<exception str() failed>";
            }
            sb.append(name);
            if (!msg.isEmpty()) {
                sb.append(": ").append(msg);
            }
            sb.append('\n');
        }
        PyObject notes = e.instanceDict().get("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                for (String line : Ops.str(l.get(i)).split("\n", -1)) {
                    sb.append(line).append('\n');
                }
            }
        }
    }

    private static void syntaxError(PyBaseException e, StringBuilder sb, String name) {
        Map<String, PyObject> d = e.instanceDict();
        PyObject file = d.get("filename"), lineno = d.get("lineno"), text = d.get("text");
        PyObject off = d.get("offset"), endOff = d.get("end_offset"), endLine = d.get("end_lineno");
        if (file instanceof PyStr fs) {
            sb.append("  File \"").append(fs.value).append("\", line ").append(Ops.str(lineno)).append('\n');
        }
        if (text instanceof PyStr ts) {
            String rtext = ts.value.replaceAll("\n+$", "");
            String ltext = rtext.replaceAll("^[ \n\f]+", "");
            int spaces = rtext.length() - ltext.length();
            if (!(off instanceof dev.tiercel.runtime.object.PyInt oi)) {
                sb.append("    ").append(ltext).append('\n');
            } else {
                int offset = (int) oi.value;
                int endOffset;
                if (Ops.eq(lineno, endLine == null ? lineno : endLine)) {
                    endOffset = endOff instanceof dev.tiercel.runtime.object.PyInt ei && ei.value != 0
                            ? (int) ei.value : offset;
                } else {
                    endOffset = rtext.length() + 1;
                }
                if (offset > ts.value.length()) {
                    offset = rtext.length() + 1;
                }
                if (endOffset > rtext.length() + 1) {
                    endOffset = rtext.length() + 1;
                }
                if (offset >= endOffset || endOffset < 0) {
                    endOffset = offset + 1;
                }
                int colno = offset - 1 - spaces;
                int endColno = endOffset - 1 - spaces;
                sb.append("    ").append(ltext).append('\n');
                if (colno >= 0) {
                    StringBuilder caret = new StringBuilder("    ");
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caret.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    caret.append("^".repeat(Math.max(1, endColno - colno)));
                    sb.append(caret).append('\n');
                }
            }
        }
        PyObject msg = d.get("msg");
        String m = msg == null ? (e.args.size() > 0 ? Ops.str(e.args.get(0)) : "") : Ops.str(msg);
        sb.append(name).append(": ").append(m.isEmpty() ? "<no detail available>" : m).append('\n');
    }
}
