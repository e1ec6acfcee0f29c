package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.symtable.Scope;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyFrozenSet;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import java.util.List;
import java.util.Map;

/** Runs one finished code unit through the CFG optimizer, lowering and assembly, producing a {@link PyCode}. */
final class UnitAssembler {
    private final CodeUnit u;
    private final String filename;
    private final int futureFlags;

    UnitAssembler(CodeUnit u, String filename, int futureFlags) {
        this.u = u;
        this.filename = filename;
        this.futureFlags = futureFlags;
    }

    PyCode assemble() {
        Cfg g = Cfg.fromSequence(u.seq);
        CfgOptimizer opt = new CfgOptimizer(g, u.consts);
        opt.optimizeCodeUnit(u.varnames.size(), u.ste.varnames.size());
        CfgLowering lower = new CfgLowering(g);
        int stacksize = lower.stackDepth();
        int flags = flags();
        boolean generator = (flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0;
        lower.prepareLocalsplus(u.varnames, u.cellvars, u.freevars, generator, u.firstlineno);
        lower.convertPseudoOps(opt);
        lower.normalizeJumps();
        List<Instr> instrs = lower.linearize();
        Assembler.Output out = new Assembler(instrs).assemble(u.firstlineno);
        String[] names = u.names.keySet().toArray(new String[0]);
        LocalsPlus lp = localsplus();
        PyObject[] consts = new PyObject[u.consts.values.size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = toRuntime(u.consts.values.get(i));
        }
        return new PyCode(u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, stacksize, flags, out.code(), consts,
                names, lp.names, lp.kinds, filename, u.name, u.qualname, u.firstlineno, out.linetable(),
                out.exceptiontable());
    }

    static PyObject toRuntime(Object v) {
        if (v instanceof FrozenSetConst f) {
            PyObject[] items = new PyObject[f.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toRuntime(f.items().get(i));
            }
            return new FrozenSetWithItems(items).value();
        }
        if (v instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            boolean changed = false;
            for (int i = 0; i < items.length; i++) {
                items[i] = toRuntime(t.get(i));
                changed |= items[i] != t.get(i);
            }
            return changed ? new PyTuple(items) : t;
        }
        return (PyObject) v;
    }

    /** Builds the runtime frozenset; kept in one place so item order rules stay together. */
    private record FrozenSetWithItems(PyObject[] items) {
        PyFrozenSet value() {
            return new PyFrozenSet(items);
        }
    }

    private record LocalsPlus(String[] names, byte[] kinds) {}

    private LocalsPlus localsplus() {
        int nlocals = u.varnames.size();
        int dropped = 0;
        java.util.List<String> names = new java.util.ArrayList<>(u.varnames.keySet());
        java.util.List<Byte> kinds = new java.util.ArrayList<>();
        for (String v : u.varnames.keySet()) {
            int kind = PyCode.CO_FAST_LOCAL;
            if (u.fasthidden.containsKey(v)) {
                kind |= PyCode.CO_FAST_HIDDEN;
            }
            if (u.cellvars.containsKey(v)) {
                kind |= PyCode.CO_FAST_CELL;
            }
            kinds.add((byte) kind);
        }
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                dropped++;
                continue;
            }
            names.add(e.getKey());
            kinds.add(PyCode.CO_FAST_CELL);
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            names.add(e.getKey());
            kinds.add(PyCode.CO_FAST_FREE);
        }
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = kinds.get(i);
        }
        assert names.size() == nlocals + u.cellvars.size() - dropped + u.freevars.size();
        return new LocalsPlus(names.toArray(new String[0]), k);
    }

    private int flags() {
        Scope ste = u.ste;
        int flags = futureFlags;
        if (ste.isFunctionLike()) {
            flags |= PyCode.CO_NEWLOCALS | PyCode.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= PyCode.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= PyCode.CO_GENERATOR;
            }
            if (ste.generator && ste.coroutine) {
                flags |= PyCode.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= PyCode.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
        }
        if (ste.coroutine && !ste.generator) {
            flags |= PyCode.CO_COROUTINE;
        }
        return flags;
    }
}
