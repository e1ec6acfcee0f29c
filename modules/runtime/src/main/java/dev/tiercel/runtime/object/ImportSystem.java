package dev.tiercel.runtime.object;

/** The import machinery as the interpreter sees it (IMPORT_NAME, IMPORT_FROM, {@code from m import *}). */
public interface ImportSystem {

    /** {@code __import__(name, globals, None, fromlist, level)}. */
    PyObject importName(String name, PyDict globals, PyObject fromlist, int level);

    /** IMPORT_FROM: an attribute of the module, or its submodule. */
    PyObject importFrom(PyObject module, String name);

    /** {@code from module import *} into a namespace. */
    void importStar(PyObject module, PyObject namespace);
}
