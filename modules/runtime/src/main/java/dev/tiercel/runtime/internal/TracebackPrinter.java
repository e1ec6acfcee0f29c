package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.code.LineTable;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyExc;
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
        format(e, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    private void format(PyBaseException e, StringBuilder sb, Set<PyBaseException> seen) {
        seen.add(e);
        if (e.cause != null && !seen.contains(e.cause)) {
            format(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.contains(e.context)) {
            format(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            String last = null;
            int repeat = 0;
            for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
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
        exceptionOnly(e, sb);
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
        if (pos.column() < 0 || pos.endColumn() < 0 || pos.endLine() != pos.line()) {
            return;
        }
        int start = charCol(src, pos.column());
        int end = charCol(src, pos.endColumn());
        if (end <= start || end > src.length()) {
            return;
        }
        String segment = src.substring(start, end);
        int[] anchors = Carets.anchors(segment);
        if (!Carets.shouldShow(src, start, end, anchors)) {
            return;
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
        sb.append(caret).append('\n');
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
                sb.append(Ops.str(l.get(i))).append('\n');
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
