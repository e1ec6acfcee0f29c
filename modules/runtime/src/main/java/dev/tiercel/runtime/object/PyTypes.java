package dev.tiercel.runtime.object;

/** The builtin type objects. Their methods are installed by the runtime at start-up. */
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
    public static final PyType LIST = new PyType("list", OBJECT);
    public static final PyType SET = new PyType("set", OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT);
    public static final PyType DICT = new PyType("dict", OBJECT);
    public static final PyType RANGE = new PyType("range", OBJECT);
    public static final PyType SLICE = new PyType("slice", OBJECT);
    public static final PyType NONE = new PyType("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED = new PyType("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS = new PyType("ellipsis", OBJECT);
    public static final PyType CODE = new PyType("code", OBJECT);
    public static final PyType MODULE = new PyType("module", OBJECT);
    public static final PyType FUNCTION = new PyType("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = new PyType("method", OBJECT);
    public static final PyType CELL = new PyType("cell", OBJECT);
    public static final PyType GENERATOR = new PyType("generator", OBJECT);
    public static final PyType COROUTINE = new PyType("coroutine", OBJECT);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", OBJECT);
    public static final PyType PROPERTY = new PyType("property", OBJECT);
    public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT);
    public static final PyType SUPER = new PyType("super", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = new PyType("member_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = new PyType("getset_descriptor", OBJECT);
    public static final PyType ITERATOR = new PyType("iterator", OBJECT);
    public static final PyType TRACEBACK = new PyType("traceback", OBJECT);
    public static final PyType FRAME = new PyType("frame", OBJECT);
}
