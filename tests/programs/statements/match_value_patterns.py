# Value patterns from enum-like classes and module attributes; capture vs constant lookup.
class Status:
    OK = 200
    NOT_FOUND = 404
import sys
def check(code, platform):
    match code:
        case Status.OK:
            first = "ok"
        case Status.NOT_FOUND:
            first = "missing"
        case other:
            first = f"code {other}"
    match platform:
        case sys.platform:
            second = "this platform"
        case _:
            second = "elsewhere"
    return first, second
print(check(200, sys.platform), check(404, "none"), check(500, "x"))
