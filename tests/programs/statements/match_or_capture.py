# Or-patterns binding the same names, nested or-patterns, and literal alternatives.
def kind(cmd):
    match cmd:
        case ("go" | "move", direction) | (direction, "go"):
            return f"moving {direction}"
        case ["quit" | "exit"]:
            return "bye"
        case (x, y) if x == y:
            return "same"
        case _:
            return "?"
for c in [("go", "north"), ("move", "south"), ("west", "go"), ["quit"], ["exit"], ("a", "a"), "x"]:
    print(c, kind(c))
