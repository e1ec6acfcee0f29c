# async with calls __aenter__/__aexit__ and awaits them; exceptions reach __aexit__.
class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError

async def main():
    async with Res("a") as v:
        print("body", v)
    async with Res("b") as v:
        raise KeyError("swallowed")
    try:
        async with Res("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    async with Res("d") as x, Res("e") as y:
        print("both", x, y)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
