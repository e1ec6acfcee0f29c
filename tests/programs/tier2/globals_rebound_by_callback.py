# A hot loop reads globals that Python code called from inside the loop rebinds: through builtins that call back
# (map, sorted's key), an operator method and a property. Folded constants must not be used after the rebinding,
# not even for the rest of the iteration in which it happened.
SCALE = 2
OFFSET = 1


def rebind_scale(i):
    global SCALE
    if i == 120:
        SCALE = 10
    return i


def rebind_offset(i):
    global OFFSET
    if i == 200:
        OFFSET = 1000
    return i


def via_map(n):
    total = 0
    for i in range(n):
        total += SCALE
        list(map(rebind_scale, (i,)))
        total += SCALE * 100 + OFFSET
    return total


def via_key(n):
    total = 0
    for i in range(n):
        sorted((i,), key=rebind_offset)
        total += OFFSET
    return total


class Hook:
    def __init__(self, at):
        self.at = at

    def __add__(self, i):
        global SCALE
        if i == self.at:
            SCALE = -SCALE
        return i

    @property
    def flip(self):
        global OFFSET
        OFFSET = OFFSET + 1
        return 0


def via_operator(n):
    h = Hook(150)
    total = 0
    for i in range(n):
        h + i
        total += SCALE
    return total


def via_property(n):
    h = Hook(0)
    total = 0
    for i in range(n):
        total += OFFSET
        h.flip
        total += OFFSET
    return total


print(via_map(300))
print(SCALE, OFFSET)
print(via_key(300))
print(via_operator(300), SCALE)
print(via_property(300), OFFSET)
