package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Derived;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRange;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** {@code repr()} and {@code str()} of every builtin type, and the dispatch to {@code __repr__}/{@code __str__}. */
public final class Reprs {
    private Reprs() {}

    private static final Set<PyObject> IN_PROGRESS = Collections.newSetFromMap(new IdentityHashMap<>());

    public static String repr(PyObject o) {
        if (Derived.isDerived(o)) {
            PyObject m = o.type().lookup("__repr__");
            return checkStr(Ops.callMethod(m, o), "__repr__");
        }
        if (o instanceof PyStr s) {
            return strRepr(s.value);
        }
        if (o instanceof PyInt) {
            return o.toString();
        }
        if (o instanceof PyFloat f) {
            return FloatBuiltins.repr(f.value);
        }
        if (o instanceof dev.tiercel.runtime.object.PyComplex c) {
            return ComplexBuiltins.repr(c);
        }
        PyType t = o.type();
        if (t.heap) {
            PyObject m = t.lookup("__repr__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                return checkStr(Ops.callMethod(m, o), "__repr__");
            }
            if (m instanceof PyBuiltinFunction bf && !"object".equals(bf.owner) && !"BaseException".equals(bf.owner)) {
                return checkStr(bf.call(new PyObject[] {o}, null), "__repr__");
            }
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
            return containerRepr(o);
        }
        return simpleRepr(o);
    }

    /**
     * The repr a builtin value gets from its own builtin type, whatever {@code __repr__} a subclass defines: what
     * {@code int.__repr__(x)} or {@code dict.__repr__(d)} return.
     */
    public static String baseRepr(PyObject o) {
        if (o instanceof dev.tiercel.runtime.object.PyComplex c) {
            return ComplexBuiltins.repr(c);
        }
        if (o instanceof dev.tiercel.runtime.object.PyBytes) {
            return repr(Derived.base(o));
        }
        if (o instanceof PyStr s) {
            return strRepr(s.value);
        }
        if (o instanceof PyBool || o instanceof PyInt) {
            return o.toString();
        }
        if (o instanceof PyFloat f) {
            return FloatBuiltins.repr(f.value);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
            return containerRepr(o);
        }
        return simpleRepr(o);
    }

    private static String checkStr(PyObject r, String what) {
        if (r instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(what + " returned non-string (type " + r.type().name() + ")");
    }

    public static String str(PyObject o) {
        if (o instanceof PyStr s && !(o instanceof Derived.Str)) {
            return s.value;
        }
        PyType t = o.type();
        if (t.heap) {
            PyObject m = t.lookup("__str__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                return checkStr(Ops.callMethod(m, o), "__str__");
            }
            if (m instanceof PyBuiltinFunction bf && !"object".equals(bf.owner) && !"BaseException".equals(bf.owner)) {
                return checkStr(bf.call(new PyObject[] {o}, null), "__str__");
            }
            PyObject r = t.lookup("__repr__");
            if (r != null && !(r instanceof PyBuiltinFunction)) {
                return repr(o);
            }
        }
        if (o instanceof MappingProxy p) {
            return str(p.target());
        }
        if (o instanceof dev.tiercel.runtime.object.PyExceptionGroup g) {
            return dev.tiercel.runtime.object.ExceptionGroups.str(g);
        }
        if (o instanceof PyBaseException ue && (ue.isInstance(PyExc.UnicodeEncodeError)
                || ue.isInstance(PyExc.UnicodeDecodeError))) {
            return Codecs.message(ue);
        }
        if (o instanceof PyBaseException e) {
            if (e.isInstance(PyExc.KeyError) && e.args.size() == 1) {
                return repr(e.args.get(0));
            }
            if (e.isInstance(PyExc.OSError) && e.args.size() >= 2 && e.args.size() <= 5) {
                PyObject fn = e.instanceDict().get("filename");
                String base = "[Errno " + str(e.args.get(0)) + "] " + str(e.args.get(1));
                if (fn == null && e.args.size() >= 3) {
                    fn = e.args.get(2);
                }
                return fn == null || fn == dev.tiercel.runtime.object.PyNone.INSTANCE ? base : base + ": " + repr(fn);
            }
            return e.message();
        }
        return repr(o);
    }

    private static String containerRepr(PyObject o) {
        if (IN_PROGRESS.contains(o)) {
            return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "(...)";
        }
        IN_PROGRESS.add(o);
        try {
            StringBuilder sb = new StringBuilder();
            if (o instanceof PyList l) {
                sb.append('[');
                for (int i = 0; i < l.size; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(l.items[i]));
                }
                return sb.append(']').toString();
            }
            if (o instanceof PyTuple t) {
                sb.append('(');
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(t.get(i)));
                }
                if (t.size() == 1) {
                    sb.append(',');
                }
                return sb.append(')').toString();
            }
            if (o instanceof PyDict d) {
                sb.append('{');
                boolean first = true;
                for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(d.keyAt(p))).append(": ").append(repr(d.valueAt(p)));
                }
                return sb.append('}').toString();
            }
            PySet s = (PySet) o;
            String name = s.type().name();
            if (s.size() == 0) {
                return name + "()";
            }
            if (s.isFrozen() || s.type() != dev.tiercel.runtime.object.PyTypes.SET) {
                sb.append(name).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (int p = s.next(0); p >= 0; p = s.next(p + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(s.keyAt(p)));
            }
            sb.append('}');
            if (s.isFrozen() || s.type() != dev.tiercel.runtime.object.PyTypes.SET) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            IN_PROGRESS.remove(o);
        }
    }

    private static String simpleRepr(PyObject o) {
        if (o instanceof PyType t) {
            return "<class '" + t.qualifiedName() + "'>";
        }
        if (o instanceof dev.tiercel.runtime.object.PyDescriptors.GetSet g && g.owner != null) {
            return "<attribute '" + g.name + "' of '" + g.owner.name() + "' objects>";
        }
        if (o instanceof dev.tiercel.runtime.object.PyDescriptors.Member m && m.owner != null) {
            return "<member '" + m.name + "' of '" + m.owner.name() + "' objects>";
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + Ops.address(o) + ">";
        }
        if (o instanceof PyBuiltinFunction b) {
            if (b.isMethod) {
                return "<method '" + b.name + "' of '" + b.owner + "' objects>";
            }
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyMethod m) {
            if (m.func instanceof PyBuiltinFunction b) {
                return "<built-in method " + b.name + " of " + m.self.type().name() + " object at "
                        + Ops.address(m.self) + ">";
            }
            String q = m.func instanceof PyFunction f ? f.qualname : "?";
            return "<bound method " + q + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyModule m) {
            PyObject file = m.dict().getStr("__file__");
            if (file instanceof PyStr fs) {
                return "<module '" + m.name() + "' from '" + fs.value + "'>";
            }
            if (m.dict().getStr("__spec__") != null) {
                // made by types.ModuleType (the runtime's own builtin modules carry no __spec__)
                return "<module '" + m.name() + "'>";
            }
            return "<module '" + m.name() + "' (built-in)>";
        }
        if (o instanceof PyGenerator g) {
            return "<" + g.type().name() + " object " + g.qualname + " at " + Ops.address(o) + ">";
        }
        if (o instanceof PyRange r) {
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        }
        if (o instanceof PyBaseException e) {
            String args = e.args.size() == 1 ? repr(e.args.get(0)) : repr(e.args);
            if (e.args.size() != 1) {
                args = args.substring(1, args.length() - 1);
                if (args.endsWith(",")) {
                    args = args.substring(0, args.length() - 1);
                }
            }
            return e.type().name() + "(" + args + ")";
        }
        if (o instanceof dev.tiercel.runtime.object.PyBytes b) {
            return bytesRepr(b.toByteArray());
        }
        if (o instanceof PyCode c) {
            return "<code object " + c.name + " at " + Ops.address(o) + ", file \"" + c.filename + "\", line "
                    + c.firstlineno + ">";
        }
        PyObject builtinRepr = o.type().lookup("__repr__");
        if (builtinRepr instanceof PyBuiltinFunction bf && !"object".equals(bf.owner)) {
            return checkStr(bf.call(new PyObject[] {o}, null), "__repr__");
        }
        String s = null;
        if (o.type().name().equals("NoneType")) {
            return "None";
        }
        if (o.type().name().equals("ellipsis")) {
            return "Ellipsis";
        }
        if (o.type().name().equals("NotImplementedType")) {
            return "NotImplemented";
        }
        PyType t = o.type();
        String mod = t.module;
        return "<" + (mod.equals("builtins") ? "" : mod + ".") + t.name() + " object at " + Ops.address(o) + ">"
                + (s == null ? "" : "");
    }

    /** Python's repr of a str: quotes chosen as CPython does, escapes for non-printable characters. */
    public static String strRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(q).toString();
    }

    /** {@code repr(bytes)}. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
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
        return sb.append(q).toString();
    }

    /** Python's notion of a printable character. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
