# async with: __aexit__ sees the exception and may suppress it; errors from a missing protocol.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit got", et.__name__ if et else None)
        return self.suppress

async def main():
    async with Guard(True):
        raise KeyError("swallowed")
    try:
        async with Guard(False):
            raise KeyError("escapes")
    except KeyError as e:
        print("escaped:", e)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class NoAwait:
        def __aenter__(self):
            return 1
        async def __aexit__(self, *a):
            return False
    try:
        async with NoAwait():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
