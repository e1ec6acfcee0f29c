# async for over objects without the async iteration protocol raises TypeError.
class NoAnext:
    def __aiter__(self):
        return self

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def main():
    for obj in [[1, 2], NoAnext(), BadAnext()]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
