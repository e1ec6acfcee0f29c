# An async context manager class wrapping an async generator by hand (no contextlib).
class AsyncCM:
    def __init__(self, agen):
        self.agen = agen
    async def __aenter__(self):
        return await self.agen.__anext__()
    async def __aexit__(self, et, ev, tb):
        if et is None:
            try:
                await self.agen.__anext__()
            except StopAsyncIteration:
                return False
        else:
            try:
                await self.agen.athrow(ev)
            except StopAsyncIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except ValueError:
        print("handled in generator")
    finally:
        print("close", name)
async def main():
    async with AsyncCM(resource("db")) as r:
        print("using", r)
    async with AsyncCM(resource("file")):
        raise ValueError("boom")
    return "finished"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
