from typing import List, Optional
print(list[int], dict[str, list[int]], tuple[int, ...], list[int]([1, 2]), type(list[int]).__name__, list[int] | None)
def f(x: List[int], y: Optional[str] = None) -> dict[str, int]:
    return {"n": len(x)}
print(f([1]), int | str, isinstance(1, int | str))
class C:
    pass
try:
    C[int]
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return f"G of {item.__name__}"
print(G[int])
