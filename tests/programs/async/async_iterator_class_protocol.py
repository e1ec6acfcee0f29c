# An async iterator class with state, used with async for, break, and re-iteration via __aiter__.
class Pages:
    def __init__(self, pages):
        self.pages = pages
    def __aiter__(self):
        return PageIter(self.pages)

class PageIter:
    def __init__(self, pages):
        self.pages = list(pages)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.pages:
            raise StopAsyncIteration
        return self.pages.pop(0)

async def main():
    src = Pages(["p1", "p2", "p3"])
    first = [p async for p in src]
    second = []
    async for p in src:
        if p == "p2":
            break
        second.append(p)
    return first, second

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
