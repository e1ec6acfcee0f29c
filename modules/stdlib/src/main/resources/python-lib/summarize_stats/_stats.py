"""Reading stats files in CPython 3.13's ``-X pystats`` format, and the numbers derived from them."""

import os

from summarize_stats._facts import FAMILY_OF

DEFAULT_DIR = "/tmp/py_stats/"


class Stats:
    """The counters of one run: every key of its files, summed over the files, in order of first appearance."""

    def __init__(self, counts, files, newest):
        self.counts = counts
        self.files = files
        self.newest = newest

    def get(self, key, default=0):
        return self.counts.get(key, default)

    def has(self, key):
        return key in self.counts

    # ---- tier 1

    def _opcode_keys(self):
        """(name, rest of the key, value) for every ``opcode[NAME].rest`` key."""
        for key, value in self.counts.items():
            if key.startswith("opcode["):
                close = key.find("]")
                yield key[7:close], key[close + 2:], value

    def execution_counts(self):
        """[(name, count, misses)] for every instruction that ran, in file order."""
        rows = []
        for name, rest, value in self._opcode_keys():
            if rest == "execution_count" and value:
                rows.append((name, value, self.get("opcode[" + name + "].specialization.miss")))
        return rows

    def pairs(self):
        """[(first, second, count)] for every counted pair of consecutive instructions, in file order."""
        rows = []
        for name, rest, value in self._opcode_keys():
            if rest.startswith("pair_count[") and value:
                rows.append((name, rest[11:-1], value))
        return rows

    def opcode_names(self):
        """Every instruction that has counters of its own, in order of first appearance."""
        seen = {}
        for name, _, _ in self._opcode_keys():
            seen[name] = True
        return list(seen)

    def is_specializable(self, name):
        return self.get("opcode[" + name + "].specializable") > 0

    def families(self):
        """Instructions that can specialize and ran, sorted by name."""
        return sorted(name for name, rest, value in self._opcode_keys()
                      if rest == "specializable" and self.get("opcode[" + name + "].execution_count") > 0)

    def specialization(self, name):
        """{kind: count} of ``opcode[name].specialization.kind`` (success, failure, hit, deferred, miss, deopt)."""
        found = {}
        prefix = "specialization."
        for op, rest, value in self._opcode_keys():
            if op == name and rest.startswith(prefix) and "[" not in rest:
                found[rest[len(prefix):]] = value
        return found

    def failure_kinds(self, name):
        """[(index, count)] of the family's failure kinds, by index."""
        rows = []
        prefix = "specialization.failure_kinds["
        for op, rest, value in self._opcode_keys():
            if op == name and rest.startswith(prefix) and value:
                rows.append((int(rest[len(prefix):-1]), value))
        rows.sort(key=lambda r: r[0])
        return rows

    def effectiveness(self):
        """(basic, not specialized, specialized hits, specialized misses): execution counts by kind."""
        basic = generic = hits = misses = 0
        for name, count, miss in self.execution_counts():
            if name in FAMILY_OF:
                hits += count - miss
                misses += miss
            elif self.is_specializable(name):
                generic += count
            else:
                basic += count
        return basic, generic, hits, misses

    # ---- tier 2

    def has_optimization(self):
        return self.has("Optimization attempts")

    def histogram(self, name):
        """[(upper bound, count)] of ``name[N]`` keys, trailing empty buckets dropped (at least one kept)."""
        rows = []
        prefix = name + "["
        for key, value in self.counts.items():
            if key.startswith(prefix) and key.endswith("]"):
                rows.append((int(key[len(prefix):-1]), value))
        rows.sort(key=lambda r: r[0])
        while len(rows) > 1 and rows[-1][1] == 0:
            rows.pop()
        return rows

    def uop_counts(self):
        """[(name, count, misses)] for every uop that ran, in file order."""
        rows = []
        for key, value in self.counts.items():
            if key.startswith("uops[") and key.endswith("].execution_count") and value:
                name = key[5:key.index("]")]
                rows.append((name, value, self.get("uops[" + name + "].specialization.miss")))
        return rows

    def uop_pairs(self):
        rows = []
        for key, value in self.counts.items():
            if key.startswith("uop[") and "].pair_count[" in key and value:
                first, _, rest = key[4:].partition("].pair_count[")
                rows.append((first, rest[:-1], value))
        return rows

    def named_counts(self, prefix, suffix):
        """[(name, value)] for keys ``prefix NAME suffix``, in file order."""
        rows = []
        for key, value in self.counts.items():
            if key.startswith(prefix) and key.endswith(suffix) and value:
                rows.append((key[len(prefix):len(key) - len(suffix)], value))
        return rows

    def keys_starting(self, prefix):
        return [(key, value) for key, value in self.counts.items() if key.startswith(prefix)]


def parse_line(line):
    """(key, value) of a ``key : value`` line, or None for lines that are not counters."""
    key, colon, value = line.rpartition(":")
    key = key.strip()
    value = value.strip()
    if not colon or not key or not value.isdigit():
        return None
    return key, int(value)


def stats_files(path):
    """The files ``path`` names: itself, or every regular file directly inside it, sorted by name."""
    if os.path.isdir(path):
        names = sorted(os.listdir(path))
        return [os.path.join(path, n) for n in names if os.path.isfile(os.path.join(path, n))]
    return [path]


def _mtime(path):
    getmtime = getattr(os.path, "getmtime", None)
    if getmtime is None:
        return None
    try:
        return getmtime(path)
    except OSError:
        return None


def load(paths):
    """Reads and sums every stats file named by ``paths`` (files or folders). Raises OSError when one is missing."""
    counts = {}
    files = 0
    newest = None
    for path in paths:
        if not os.path.exists(path):
            raise FileNotFoundError(2, "No such file or directory", path)
        for name in stats_files(path):
            with open(name) as f:
                text = f.read()
            files += 1
            for line in text.splitlines():
                parsed = parse_line(line)
                if parsed is not None:
                    counts[parsed[0]] = counts.get(parsed[0], 0) + parsed[1]
            stamp = _mtime(name)
            if stamp is not None and (newest is None or stamp > newest):
                newest = stamp
    return Stats(counts, files, newest)
