# Recursive generators with yield from walking a tree depth-first and breadth-first.
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])

def dfs(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from dfs(c, depth + 1)

def bfs(root):
    queue = [root]
    while queue:
        name, children = queue.pop(0)
        yield name
        queue.extend(children)

print("\n".join(dfs(tree)))
print(list(bfs(tree)))
