"""Disassembly of code objects into CPython 3.13's listing.

The listing, the instruction rows and the opcode names come from the runtime's ``_dis`` module, which derives
them from the one opcode table; this module only finds the code object to show and formats what ``dis`` prints
about a code object's attributes.
"""

import sys
from collections import namedtuple

import _dis

opname = _dis.opname
opmap = _dis.opmap

__all__ = ["dis", "disassemble", "get_instructions", "Instruction", "show_code", "code_info", "opname", "opmap"]

Instruction = namedtuple(
    "Instruction",
    "opname opcode arg argval argrepr offset starts_line line_number label",
)

_FLAG_NAMES = (
    (0x1, "OPTIMIZED"), (0x2, "NEWLOCALS"), (0x4, "VARARGS"), (0x8, "VARKEYWORDS"), (0x10, "NESTED"),
    (0x20, "GENERATOR"), (0x40, "NOFREE"), (0x80, "COROUTINE"), (0x100, "ITERABLE_COROUTINE"),
    (0x200, "ASYNC_GENERATOR"), (0x4000000, "HAS_DOCSTRING"), (0x8000000, "METHOD"),
)


def _code_of(x):
    """The code object behind a function, method, generator, coroutine or source string."""
    for attribute in ("__func__", "__code__", "gi_code", "cr_code", "ag_code"):
        if hasattr(x, attribute):
            x = getattr(x, attribute)
    if isinstance(x, str):
        x = compile(x, "<dis>", "exec")
    if not hasattr(x, "co_code"):
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    return x


def _write(text, file):
    (sys.stdout if file is None else file).write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False):
    """Prints the disassembly of a function, method, class, module, code object or source string."""
    if x is None:
        raise TypeError("dis() without an argument (the last traceback) is not supported")
    if isinstance(x, type) or type(x).__name__ == "module":
        _dis_members(x, file, adaptive)
        return
    _write(_dis.disassemble(_code_of(x), adaptive), file)


def _dis_members(holder, file, adaptive):
    """A class or module: each member that has code, by name, as CPython lists them."""
    for name, member in sorted(vars(holder).items()):
        if isinstance(member, (staticmethod, classmethod)):
            member = member.__func__
        try:
            code = _code_of(member)
        except TypeError:
            continue
        if isinstance(member, str):
            continue
        _write("Disassembly of %s:\n" % name, file)
        _write(_dis.disassemble(code, adaptive), file)
        _write("\n", file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Prints the disassembly of one code object (and the code objects nested in it)."""
    _write(_dis.disassemble(_code_of(co), adaptive), file)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """The instructions of x's code object, one ``Instruction`` each, in order."""
    for row in _dis.instructions(_code_of(x), adaptive):
        yield Instruction(*row)


def code_info(x):
    """What ``show_code`` prints about a code object: names, counts, flags, constants and variables."""
    co = _code_of(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % _flags_text(co.co_flags),
    ]
    for title, values in (("Constants", co.co_consts), ("Names", co.co_names),
                          ("Variable names", co.co_varnames), ("Free variables", co.co_freevars),
                          ("Cell variables", co.co_cellvars)):
        if values:
            lines.append(title + ":")
            shown = values if title != "Constants" else [repr(v) for v in values]
            lines.extend("%4d: %s" % pair for pair in enumerate(shown))
    return "\n".join(lines)


def _flags_text(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append(name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return ", ".join(names) or "0x0"


def show_code(co, *, file=None):
    """Prints ``code_info(co)``."""
    _write(code_info(co) + "\n", file)


def _main(args):
    """``python -m dis [FILE]``: compiles the file (or standard input) and lists its module code."""
    if args and args[0] not in ("-", ""):
        with open(args[0], "rb") as f:
            source = f.read()
        name = args[0]
    else:
        source = sys.stdin.read()
        name = "<stdin>"
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _main(sys.argv[1:])
