package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.ImportSystem;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.runtime.spi.PythonLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Imports: sys.modules, builtin modules (runtime and providers), then .py files and packages on sys.path, where
 * an entry may be a folder or the location of a {@link PythonLibrary} shipped inside a module.
 */
final class Importer implements ImportSystem {
    private final DefaultPythonRuntime rt;
    private final Map<String, Supplier<PyModule>> builtins = new HashMap<>();
    private final List<PythonLibrary> libraries;

    Importer(DefaultPythonRuntime rt) {
        this.rt = rt;
        ModuleLayer layer = Importer.class.getModule().getLayer();
        this.libraries = (layer != null ? ServiceLoader.load(layer, PythonLibrary.class)
                : ServiceLoader.load(PythonLibrary.class)).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The sys.path entries of the libraries shipped in modules, in the order they are searched. */
    List<String> libraryLocations() {
        return libraries.stream().map(PythonLibrary::location).toList();
    }

    void addBuiltin(String name, Supplier<PyModule> factory) {
        builtins.put(name, factory);
    }

    void addProvider(BuiltinModuleProvider p) {
        builtins.putIfAbsent(p.moduleName(), p::create);
    }

    PyDict modules() {
        return (PyDict) Py.sys.dict().getStr("modules");
    }

    @Override
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String full = name;
        if (level > 0) {
            full = resolve(name, globals, level);
        }
        if (full.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyModule leaf = importDotted(full);
        boolean hasFrom = fromlist != null && fromlist != PyNone.INSTANCE && Ops.isTrue(fromlist);
        if (!hasFrom) {
            if (level > 0 && name.isEmpty()) {
                return leaf;
            }
            String top = full.substring(0, full.indexOf('.') < 0 ? full.length() : full.indexOf('.'));
            if (level > 0) {
                int cut = full.length() - name.length();
                String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                top = full.substring(0, cut) + first;
            }
            return modules().getStr(top);
        }
        if (leaf.dict().getStr("__path__") != null) {
            for (PyObject item : Ops.toArray(fromlist)) {
                String s = Ops.str(item);
                if (!s.equals("*") && leaf.dict().getStr(s) == null) {
                    try {
                        importDotted(full + "." + s);
                    } catch (PyException e) {
                        if (!e.value.isInstance(PyExc.ModuleNotFoundError)) {
                            throw e;
                        }
                    }
                }
            }
        }
        return leaf;
    }

    private String resolve(String name, PyDict globals, int level) {
        PyObject pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr ps) {
            base = ps.value;
        } else {
            PyObject n = globals.getStr("__name__");
            base = n instanceof PyStr ns ? ns.value : "";
            if (globals.getStr("__path__") == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw PyErr.of(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.of(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    PyModule importDotted(String full) {
        PyObject existing = modules().getStr(full);
        if (existing instanceof PyModule m) {
            return m;
        }
        haltedByNone(full, existing);
        int dot = full.lastIndexOf('.');
        PyModule parent = null;
        if (dot >= 0) {
            parent = importDotted(full.substring(0, dot));
            existing = modules().getStr(full);
            if (existing instanceof PyModule m) {
                return m;
            }
            haltedByNone(full, existing);
        }
        if (parent != null && parent.dict().getStr(full.substring(dot + 1)) instanceof PyModule sub) {
            modules().putStr(full, sub);
            return sub;
        }
        PyModule m = load(full, parent);
        if (parent != null) {
            parent.dict().putStr(full.substring(dot + 1), m);
        }
        return m;
    }

    /** None in sys.modules blocks a module's import (how a program hides an optional accelerator, for one). */
    private static void haltedByNone(String full, PyObject inModules) {
        if (inModules == PyNone.INSTANCE) {
            PyException e = PyErr.of(PyExc.ModuleNotFoundError, "import of " + full + " halted; None in sys.modules");
            e.value.instanceDict().put("name", PyStr.of(full));
            throw e;
        }
    }

    private PyModule load(String full, PyModule parent) {
        // Builtin modules (the runtime's and the Java stdlib's) are found first, as CPython's BuiltinImporter
        // comes before the path finder.
        Supplier<PyModule> b = parent == null ? builtins.get(full) : null;
        if (b != null) {
            PyModule m = b.get();
            dev.tiercel.runtime.object.PyBuiltinFunction.claimAll(m);
            lendLibraryPackagePath(m, full);
            modules().putStr(full, m);
            return m;
        }
        String simple = full.substring(full.lastIndexOf('.') + 1);
        PyObject searchPath = parent == null ? Py.sys.dict().getStr("path") : parent.dict().getStr("__path__");
        if (searchPath != null) {
            for (PyObject entry : Ops.toArray(searchPath)) {
                PyModule m = loadFrom(Ops.str(entry), full, simple);
                if (m != null) {
                    return m;
                }
            }
        }
        PyException e = PyErr.of(PyExc.ModuleNotFoundError, "No module named '" + full + "'");
        e.value.instanceDict().put("name", PyStr.of(full));
        throw e;
    }

    /**
     * A builtin module that stands in for a package of a Python library (the Java {@code collections} for
     * {@code collections/}) takes that package's folder as its {@code __path__}, so its submodules
     * ({@code collections.abc}) are still found.
     */
    private void lendLibraryPackagePath(PyModule m, String name) {
        if (m.dict().getStr("__path__") != null) {
            return;
        }
        for (PythonLibrary library : libraries) {
            if (library.read(name + "/__init__.py").isPresent()) {
                PyList path = new PyList();
                path.append(PyStr.of(library.location() + "/" + name));
                m.dict().putStr("__path__", path);
                return;
            }
        }
    }

    /** The source of {@code relativePath} in the library whose location is the sys.path entry {@code dir}. */
    Optional<String> readLibraryFile(String dir, String relativePath) {
        return libraries.stream().filter(l -> dir.equals(l.location())).findFirst()
                .flatMap(l -> l.read(relativePath));
    }

    /** Looks for {@code simple} as a package or a module file in one sys.path entry; null when absent. */
    private PyModule loadFrom(String dir, String full, String simple) {
        Optional<PythonLibrary> library = libraries.stream().filter(l -> isUnder(dir, l.location())).findFirst();
        if (library.isPresent()) {
            String prefix = dir.equals(library.get().location()) ? ""
                    : dir.substring(library.get().location().length() + 1) + "/";
            Optional<String> init = library.get().read(prefix + simple + "/__init__.py");
            if (init.isPresent()) {
                return execPackage(full, dir + "/" + simple, init.get());
            }
            Optional<String> file = library.get().read(prefix + simple + ".py");
            return file.map(source -> execModule(full, dir + "/" + simple + ".py", source)).orElse(null);
        }
        Path base = dir.isEmpty() ? Path.of("") : Path.of(dir);
        Path pkgInit = base.resolve(simple).resolve("__init__.py");
        if (Files.isRegularFile(pkgInit)) {
            return execPackage(full, base.resolve(simple).toString(), read(pkgInit));
        }
        Path file = base.resolve(simple + ".py");
        return Files.isRegularFile(file) ? execModule(full, file.toString(), read(file)) : null;
    }

    private static boolean isUnder(String dir, String location) {
        return dir.equals(location) || dir.startsWith(location + "/");
    }

    private PyModule execPackage(String full, String folder, String source) {
        PyModule m = new PyModule(full);
        PyList path = new PyList();
        path.append(PyStr.of(folder));
        m.dict().putStr("__path__", path);
        m.dict().putStr("__package__", PyStr.of(full));
        return exec(m, folder + "/__init__.py", source);
    }

    private PyModule execModule(String full, String filename, String source) {
        PyModule m = new PyModule(full);
        int dot = full.lastIndexOf('.');
        m.dict().putStr("__package__", PyStr.of(dot < 0 ? "" : full.substring(0, dot)));
        return exec(m, filename, source);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (Exception ex) {
            throw PyErr.of(PyExc.ImportError, "cannot read " + file);
        }
    }

    private PyModule exec(PyModule m, String filename, String source) {
        m.dict().putStr("__file__", PyStr.of(filename));
        m.dict().putStr("__builtins__", rt.builtinsModule());
        m.dict().putStr("__spec__", PyNone.INSTANCE);
        m.dict().putStr("__loader__", PyNone.INSTANCE);
        if (m.dict().getStr("__doc__") == null) {
            m.dict().putStr("__doc__", PyNone.INSTANCE);
        }
        PyCode code = rt.compile(source, filename);
        modules().putStr(m.name(), m);
        try {
            Py.interpreter().execute(code, m.dict(), m.dict());
        } catch (PyException e) {
            modules().remove(PyStr.of(m.name()));
            throw e;
        }
        PyObject inModules = modules().getStr(m.name());
        return inModules instanceof PyModule mm ? mm : m;
    }

    @Override
    public PyObject importFrom(PyObject module, String name) {
        PyObject v = Ops.getattrOrNull(module, name);
        if (v != null) {
            return v;
        }
        if (module instanceof PyModule m) {
            PyObject sub = modules().getStr(m.name() + "." + name);
            if (sub != null) {
                return sub;
            }
            PyObject file = m.dict().getStr("__file__");
            PyException e = PyErr.of(PyExc.ImportError, "cannot import name '" + name + "' from '" + m.name()
                    + "' (" + (file instanceof PyStr fs ? fs.value : "unknown location") + ")");
            e.value.instanceDict().put("name", PyStr.of(m.name()));
            throw e;
        }
        throw PyErr.of(PyExc.ImportError, "cannot import name '" + name + "'");
    }

    @Override
    public void importStar(PyObject module, PyObject namespace) {
        PyDict src = ((PyModule) module).dict();
        PyObject all = src.getStr("__all__");
        if (all != null) {
            for (PyObject n : Ops.toArray(all)) {
                Ops.setitem(namespace, n, Ops.getattr(module, Ops.str(n)));
            }
            return;
        }
        for (int p = src.next(0); p >= 0; p = src.next(p + 1)) {
            PyObject k = src.keyAt(p);
            if (k instanceof PyStr s && !s.value.startsWith("_")) {
                Ops.setitem(namespace, k, src.valueAt(p));
            }
        }
    }

    static PyBaseException unused(PyTuple t) {
        return null;
    }
}
