"""JSON token scanner: make_scanner(decoder) returns scan_once(string, idx) -> (value, end)."""

__all__ = ['make_scanner']

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None


def py_make_scanner(context):
    """Build a scan_once function for a JSONDecoder-like context.

    scan_once(string, idx) decodes the JSON value starting at idx and returns it with the index
    just past it; it raises StopIteration(idx) when no value starts there.
    """
    from .decoder import _Parser, _NoValue

    def scan_once(string, idx):
        parser = _Parser(context)
        try:
            return parser.value(string, idx)
        except _NoValue as missing:
            raise StopIteration(missing.index) from None
        finally:
            memo = getattr(context, 'memo', None)
            if memo is not None:
                memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
