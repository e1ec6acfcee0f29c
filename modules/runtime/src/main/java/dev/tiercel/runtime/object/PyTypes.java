package dev.tiercel.runtime.object;

/** The builtin type objects. */
public final class PyTypes {
    private PyTypes() {}

    public static final PyType OBJECT = new PyType("object", null);
    public static final PyType TYPE = new PyType("type", OBJECT);
    public static final PyType INT = new PyType("int", OBJECT);
    public static final PyType BOOL = new PyType("bool", INT);
    public static final PyType FLOAT = new PyType("float", OBJECT);
    public static final PyType COMPLEX = new PyType("complex", OBJECT);
    public static final PyType STR = new PyType("str", OBJECT);
    public static final PyType BYTES = new PyType("bytes", OBJECT);
    public static final PyType TUPLE = new PyType("tuple", OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT);
    public static final PyType DICT = new PyType("dict", OBJECT);
    public static final PyType NONE = new PyType("NoneType", OBJECT);
    public static final PyType ELLIPSIS = new PyType("ellipsis", OBJECT);
    public static final PyType CODE = new PyType("code", OBJECT);
    public static final PyType MODULE = new PyType("module", OBJECT);
}
