"""Module docstring: still allowed before a future import."""
from __future__ import annotations

count: int = 0
names: list[str]
obj.attr: ignored
table[0]: also | ignored


def typed(a: int, b: "str" = "x", *rest: tuple[int, ...], key: Key = None, **extra: dict[str, Any]) -> Result[int]:
    local: NeverEvaluated = a
    return local


class Point:
    x: float
    y: float = 0.0

    def moved(self, dx: float, *, scale: float = 1.0) -> Point:
        return self


async def fetch(url: str) -> bytes | None:
    pass
