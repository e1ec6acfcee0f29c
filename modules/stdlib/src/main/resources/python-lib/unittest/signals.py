"""Ctrl-C handling for test runs (the -c option). Results are registered so a handler could stop them."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    for i, registered in enumerate(_results):
        if registered is result:
            del _results[i]
            return True
    return False


def installHandler():
    raise NotImplementedError("unittest.installHandler: Tiercel has no signal module yet")


def removeHandler(method=None):
    if method is not None:
        return method
    return None
