package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;

/** printf-style {@code str % args}. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String fmt, PyObject args) {
        PyObject[] items = args instanceof PyTuple t ? t.items : new PyObject[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        int ai = 0;
        StringBuilder out = new StringBuilder();
        int i = 0, n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            PyObject key = null;
            if (fmt.charAt(i) == '(') {
                int e = fmt.indexOf(')', i);
                key = PyStr.of(fmt.substring(i + 1, e));
                i = e + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = (int) Ops.index(items[ai++]);
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    width = Integer.parseInt(fmt.substring(s, i));
                }
            }
            int prec = -1;
            if (i + 1 < n && fmt.charAt(i) == '.' && fmt.charAt(i + 1) == '*') {
                prec = (int) Math.max(0, Ops.index(items[ai++]));
                i += 2;
            } else if (i < n && fmt.charAt(i) == '.') {
                i++;
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                prec = i > s ? Integer.parseInt(fmt.substring(s, i)) : 0;
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            PyObject v;
            if (key != null) {
                v = Ops.getitem(mapping != null ? mapping : args, key);
            } else {
                if (ai >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                v = items[ai++];
            }
            String f = flags.toString();
            StringBuilder spec = new StringBuilder();
            if (f.contains("-")) {
                spec.append('<');
            } else if ("sra".indexOf(type) >= 0) {
                spec.append('>');
            } else if (f.contains("0") && "diouxXeEfFgG".indexOf(type) >= 0) {
                spec.append('0');
            }
            if (f.contains("+")) {
                spec.insert(0, "").append('+');
            } else if (f.contains(" ")) {
                spec.append(' ');
            }
            if (f.contains("#")) {
                spec.append('#');
            }
            String sp = spec.toString();
            if (sp.startsWith("0") && sp.length() > 1) {
                sp = sp.substring(1) + "0";
            }
            String w = width >= 0 ? String.valueOf(width) : "";
            String p = prec >= 0 ? "." + prec : "";
            String body;
            switch (type) {
                case 's' -> body = StrBuiltins.format(PyStr.of(Ops.str(v)), sp.replace("0", "") + w + p);
                case 'r' -> body = StrBuiltins.format(PyStr.of(Ops.repr(v)), sp.replace("0", "") + w + p);
                case 'a' -> body = StrBuiltins.format(PyStr.of(StrBuiltins.ascii(Ops.repr(v))), w + p);
                case 'd', 'i', 'u' -> body = StrBuiltins.format(toInt(v), sp + w + "d");
                case 'x', 'X', 'o' -> body = StrBuiltins.format(toInt(v), sp + w + type);
                case 'c' -> body = v instanceof PyStr ? Ops.str(v) : new String(Character.toChars((int) Ops.index(v)));
                case 'e', 'E', 'f', 'F', 'g', 'G' -> body = StrBuiltins.format(toFloat(v), sp + w + (p.isEmpty()
                        ? ".6" : p) + type);
                default -> throw PyErr.valueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ") at index " + (i - 1));
            }
            out.append(body);
        }
        if (ai < items.length && mapping == null && !(args instanceof PyTuple t && t.size() == 0 && ai == 0)) {
            if (args instanceof PyTuple) {
                throw PyErr.typeError("not all arguments converted during string formatting");
            }
            if (ai == 0) {
                throw PyErr.typeError("not all arguments converted during string formatting");
            }
        }
        return out.toString();
    }

    private static PyObject toInt(PyObject v) {
        if (v instanceof PyInt) {
            return v;
        }
        if (v instanceof PyFloat f) {
            return IntBuiltins.fromDouble(f.value);
        }
        throw PyErr.typeError("%d format: a real number is required, not " + v.type().name());
    }

    private static PyObject toFloat(PyObject v) {
        if (v instanceof PyFloat) {
            return v;
        }
        if (v instanceof PyInt i) {
            return PyFloat.of(i.toDouble());
        }
        throw PyErr.typeError("must be real number, not " + v.type().name());
    }
}
