"""Topological sorting of a graph of hashable nodes (TopologicalSorter, CycleError), as in CPython 3.13."""

__all__ = ["TopologicalSorter", "CycleError"]

# npredecessors takes these values once a node has left the "waiting" phase
_PASSED_OUT = -1    # returned by get_ready(), not yet done()
_FINISHED = -2      # marked by done()


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0   # unfinished predecessors (or _PASSED_OUT / _FINISHED)
        self.successors = []     # one entry per add() edge, in insertion order


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the list of nodes of one cycle,
    its first and last entries being the same node."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _PASSED_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Return True if more progress can be made, False otherwise."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark a set of nodes returned by get_ready() as processed."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        node2info = self._node2info
        for node in nodes:
            info = node2info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _FINISHED:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _FINISHED
            for succ in info.successors:
                succ_info = node2info[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready_nodes.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first walk from each node in insertion order, following successors in insertion
        # order; the first edge back into the current path closes the cycle that is reported.
        node2info = self._node2info
        visited = set()
        for start in node2info:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(node2info[start].successors)]
            visited.add(start)
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(node2info[nxt].successors))
        return None

    def static_order(self):
        """Return an iterable of the nodes in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


_END = object()
