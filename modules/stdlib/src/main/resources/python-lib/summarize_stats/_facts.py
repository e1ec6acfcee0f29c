"""Facts about CPython 3.13's statistics that the stats file does not carry itself.

Written for Tiercel from CPython 3.13's documented instruction set and the failure-kind numbers its specializer
records; tests check the specialization table against Tiercel's generated opcode table.
"""

# Specialized instructions of each family, as suffixes of the family's name.
SPECIALIZATIONS = {
    "RESUME": "CHECK",
    "TO_BOOL": "ALWAYS_TRUE BOOL INT LIST NONE STR",
    "BINARY_OP": "MULTIPLY_INT ADD_INT SUBTRACT_INT MULTIPLY_FLOAT ADD_FLOAT SUBTRACT_FLOAT ADD_UNICODE"
                 " INPLACE_ADD_UNICODE",
    "BINARY_SUBSCR": "DICT GETITEM LIST_INT STR_INT TUPLE_INT",
    "STORE_SUBSCR": "DICT LIST_INT",
    "SEND": "GEN",
    "UNPACK_SEQUENCE": "TWO_TUPLE TUPLE LIST",
    "STORE_ATTR": "INSTANCE_VALUE SLOT WITH_HINT",
    "LOAD_GLOBAL": "MODULE BUILTIN",
    "LOAD_SUPER_ATTR": "ATTR METHOD",
    "LOAD_ATTR": "INSTANCE_VALUE MODULE WITH_HINT SLOT CLASS PROPERTY GETATTRIBUTE_OVERRIDDEN METHOD_WITH_VALUES"
                 " METHOD_NO_DICT METHOD_LAZY_DICT NONDESCRIPTOR_WITH_VALUES NONDESCRIPTOR_NO_DICT",
    "COMPARE_OP": "FLOAT INT STR",
    "CONTAINS_OP": "SET DICT",
    "FOR_ITER": "LIST TUPLE RANGE GEN",
    "CALL": "BOUND_METHOD_EXACT_ARGS PY_EXACT_ARGS TYPE_1 STR_1 TUPLE_1 BUILTIN_CLASS BUILTIN_O BUILTIN_FAST"
            " BUILTIN_FAST_WITH_KEYWORDS LEN ISINSTANCE LIST_APPEND METHOD_DESCRIPTOR_O"
            " METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS METHOD_DESCRIPTOR_NOARGS METHOD_DESCRIPTOR_FAST"
            " ALLOC_AND_ENTER_INIT PY_GENERAL BOUND_METHOD_GENERAL NON_PY_GENERAL",
}


def _family_of_specialized():
    table = {}
    for family, suffixes in SPECIALIZATIONS.items():
        for suffix in suffixes.split():
            table[family + "_" + suffix] = family
    return table


FAMILY_OF = _family_of_specialized()

# Failure kinds: numbers 0-8 are shared by every family; the rest depend on the family's group.
_COMMON = ("0 other|1 no dict|2 overridden|3 out of versions|4 out of range|5 expected error"
           "|6 wrong number arguments|7 code complex parameters|8 code not optimized")
_GROUPS = {
    "LOAD_GLOBAL": "17 non dict|18 non string or split",
    "SUPER": "9 bad class|10 shadowed",
    "ATTR": "9 overriding descriptor|10 non overriding descriptor|11 not descriptor|12 method|13 mutable class"
            "|14 property|15 non object slot|16 read only|17 audited slot|18 not managed dict"
            "|19 non string or split|20 module attr not found|21 shadowed|22 builtin class method"
            "|23 class method obj|24 object slot|26 instance attribute|27 metaclass attribute"
            "|28 property not py function|29 not in keys|30 not in dict|31 class attr simple"
            "|32 class attr descriptor|33 builtin class method obj",
    "SUBSCR": "9 array int|10 array slice|11 list slice|12 tuple slice|14 string slice|15 buffer int"
              "|16 buffer slice|17 sequence int|18 bytearray int|19 bytearray slice|20 py simple|21 py other"
              "|22 dict subclass no override|23 not heap type",
    "BINARY_OP": "9 add different types|10 add other|11 and different types|12 and int|13 and other"
                 "|14 floor divide|15 lshift|16 matrix multiply|17 multiply different types|18 multiply other"
                 "|19 or|20 power|21 remainder|22 rshift|23 subtract different types|24 subtract other"
                 "|25 true divide different types|26 true divide float|27 true divide other|28 xor",
    "CALL": "11 instance method|12 cmethod|13 cfunc varargs|14 cfunc varargs keywords|15 cfunc noargs"
            "|16 cfunc method fastcall keywords|17 meth descr varargs|18 meth descr varargs keywords"
            "|19 meth descr method fastcall keywords|20 bad call flags|21 init not python|22 pep 523"
            "|23 bound method|24 str|25 class no vectorcall|26 class mutable|28 method wrapper"
            "|29 operator wrapper|30 init not simple|31 metaclass|32 init not inline values",
    "COMPARE_OP": "12 different types|13 string|14 big int|15 bytes|16 tuple|17 list|18 set|19 bool"
                  "|20 baseobject|21 float long|22 long float",
    "ITER": "10 generator|11 coroutine|12 async generator|13 list|14 tuple|15 set|16 string|17 bytes|18 range"
            "|19 itertools|20 dict keys|21 dict items|22 dict values|23 enumerate|24 map|25 zip|26 seq iter"
            "|27 reversed list|28 callable|29 ascii string|30 async generator send",
    "UNPACK_SEQUENCE": "9 iterator|10 sequence",
    "TO_BOOL": "9 bytearray|10 bytes|11 dict|12 float|13 mapping|14 memory view|15 number|16 sequence|17 set"
               "|18 tuple",
    "CONTAINS_OP": "9 str|10 tuple|11 list|12 user class",
}
_GROUP_OF_FAMILY = {
    "LOAD_ATTR": "ATTR", "STORE_ATTR": "ATTR", "LOAD_SUPER_ATTR": "SUPER",
    "BINARY_SUBSCR": "SUBSCR", "STORE_SUBSCR": "SUBSCR", "FOR_ITER": "ITER", "SEND": "ITER",
}


def _parse(spec):
    kinds = {}
    for item in spec.split("|"):
        number, _, name = item.partition(" ")
        kinds[int(number)] = name
    return kinds


def failure_kind_name(family, index):
    """The readable name of failure kind ``index`` of ``family``, e.g. ``"and int"``."""
    group = _GROUP_OF_FAMILY.get(family, family)
    if group in _GROUPS:
        name = _parse(_GROUPS[group]).get(index)
        if name is not None:
            return name
    return _parse(_COMMON).get(index, "kind " + str(index))


# What each slot of "Calls via PyEval_EvalFrame[N]" counts.
EVAL_FRAME_KINDS = ("total", "vector", "generator", "legacy", "function vectorcall", "build class", "slot",
                    "function ex", "api", "method")
