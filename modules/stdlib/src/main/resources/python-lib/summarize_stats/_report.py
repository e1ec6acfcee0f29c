"""The report's sections, built from one run's :class:`Stats` (headings and columns as CPython 3.13's report)."""

from summarize_stats._facts import EVAL_FRAME_KINDS, FAMILY_OF, failure_kind_name
from summarize_stats._tables import Section, Table, ratio, ratio_or_zero

TOP_PAIRS = 100
TOP_NEIGHBOURS = 5
TOP_BREAKDOWN = 10


def by_count(rows, index=1):
    """Rows sorted by the count at ``index``, largest first; equal counts keep their order."""
    return sorted(rows, key=lambda r: -r[index])


def shares(named_counts, total):
    """[name, count, self share, cumulative share] rows from (name, count) pairs already in order."""
    rows = []
    running = 0
    for name, count in named_counts:
        running += count
        rows.append([name, count, ratio_or_zero(count, total), ratio_or_zero(running, total)])
    return rows


# ---- tier 1

def execution_counts(stats):
    # equal counts: the instruction with more misses first
    counted = sorted(stats.execution_counts(), key=lambda r: (-r[1], -r[2]))
    total = sum(r[1] for r in counted)
    rows = shares([(name, count) for name, count, _ in counted], total)
    for row, (name, count, miss) in zip(rows, counted):
        specialized = not stats.is_specializable(name)
        row.append(miss / count if miss and specialized else None)
    table = Table(["Name", "Count", "Self", "Cumulative", "Miss ratio"], rows)
    return Section(2, "Execution counts", "Execution counts for Tier 1 instructions.",
                   "The \"miss ratio\" column is the share of an instruction's executions that failed its\n"
                   "specialization's check and fell back to the generic instruction.", [table])


def pair_counts(stats):
    pairs = [(first + " " + second, count) for first, second, count in stats.pairs()]
    total = sum(count for _, count in pairs)
    rows = shares(by_count(pairs)[:TOP_PAIRS], total)
    return Section(2, "Pair counts", "Pair counts for top " + str(TOP_PAIRS) + " opcode pairs",
                   "A pair is two instructions executed one after the other. A specialized instruction that\n"
                   "deoptimizes is not paired with the generic instruction that then runs.",
                   [Table(["Pair", "Count", "Self", "Cumulative"], rows)])


def _neighbour_table(title, neighbours):
    total = sum(count for _, count in neighbours)
    rows = [[name, count, ratio_or_zero(count, total)] for name, count in by_count(neighbours)[:TOP_NEIGHBOURS]]
    return Table([title, "Count", "Percentage"], rows)


def predecessors_successors(stats):
    before = {}
    after = {}
    for first, second, count in stats.pairs():
        after.setdefault(first, []).append((second, count))
        before.setdefault(second, []).append((first, count))
    parts = []
    for name in stats.opcode_names():
        if name not in before and name not in after:
            continue
        parts.append(Section(3, name, "Successors and predecessors for " + name, None,
                             [_neighbour_table("Predecessors", before.get(name, [])),
                              _neighbour_table("Successors", after.get(name, []))]))
    return Section(2, "Predecessor/Successor Pairs",
                   "Top " + str(TOP_NEIGHBOURS) + " predecessors and successors of each Tier 1 opcode.",
                   "Generic instructions that run because a specialized one deoptimized are left out.", parts)


KIND_NOTES = {
    "deferred": "Executions of the generic instruction while it waits before trying to specialize again.",
    "hit": "Executions of a specialized form whose check passed.",
    "miss": "Executions of a specialized form whose check failed (it deoptimized).",
    "deopt": "Specialized forms replaced by the generic instruction again.",
    "success": "Attempts to specialize that succeeded.",
    "failure": "Attempts to specialize that failed.",
}


def family_section(stats, family):
    kinds = stats.specialization(family)
    parts = []
    if kinds:
        # the share of each kind is taken over attempts plus the executions the attempts decided
        whole = sum(kinds.get(k, 0) for k in ("success", "failure", "hit", "deferred"))
        shown = [k for k in sorted(kinds) if k not in ("success", "failure") and kinds[k]]
        parts.append(Table(["Kind", "Count", "Ratio"],
                           [[k, kinds[k], ratio_or_zero(kinds[k], whole)] for k in shown], KIND_NOTES))
        success, failure = kinds.get("success", 0), kinds.get("failure", 0)
        parts.append(Table(["Success", "Count", "Ratio"],
                           [["Success", success, ratio_or_zero(success, success + failure)],
                            ["Failure", failure, ratio_or_zero(failure, success + failure)]]))
        failed = stats.failure_kinds(family)
        total = failure  # one failure may record more than one kind, so kinds can add up to more than 100%
        named = [(failure_kind_name(family, index), count) for index, count in failed]
        parts.append(Table(["Failure kind", "Count", "Ratio"],
                           [[name, count, ratio_or_zero(count, total)] for name, count in by_count(named)]))
    return Section(3, family, "specialization stats for " + family + " family", None, parts)


def specialization_stats(stats):
    return Section(2, "Specialization stats", "Specialization stats by family", None,
                   [family_section(stats, family) for family in stats.families()])


EFFECTIVENESS_NOTES = {
    "Basic": "Instructions that have no specialized forms, such as `LOAD_FAST`.",
    "Not specialized": "Generic forms of instructions that can specialize, such as `LOAD_ATTR` or `BINARY_SLICE`.",
    "Specialized hits": "Specialized forms, such as `LOAD_ATTR_MODULE`, whose check passed.",
    "Specialized misses": "Specialized forms, such as `LOAD_ATTR_MODULE`, whose check failed.",
}


def specialization_effectiveness(stats):
    basic, generic, hits, misses = stats.effectiveness()
    total = basic + generic + hits + misses
    table = Table(["Instructions", "Count", "Ratio"],
                  [[label, value, ratio_or_zero(value, total)] for label, value in
                   (("Basic", basic), ("Not specialized", generic), ("Specialized hits", hits),
                    ("Specialized misses", misses))], EFFECTIVENESS_NOTES)
    deferred = [(f, stats.specialization(f).get("deferred", 0)) for f in stats.opcode_names()
                if stats.is_specializable(f)]
    deferred = [(f, n) for f, n in deferred if n]
    total_deferred = sum(n for _, n in deferred)
    missed = [(name, miss) for name, _, miss in stats.execution_counts() if name in FAMILY_OF and miss]
    total_missed = sum(n for _, n in missed)
    return Section(2, "Specialization effectiveness", "specialization effectiveness",
                   "Every entry is an execution count; together they make up all Tier 1 instructions executed.",
                   [table,
                    Section(3, "Deferred by instruction",
                            "Breakdown of deferred (not specialized) instruction counts by family", None,
                            [Table(["Name", "Count", "Ratio"],
                                   [[f, n, ratio_or_zero(n, total_deferred)]
                                    for f, n in by_count(deferred)[:TOP_BREAKDOWN]])]),
                    Section(3, "Misses by instruction",
                            "Breakdown of misses (specialized deopts) instruction counts by family", None,
                            [Table(["Name", "Count", "Ratio"],
                                   [[f, n, ratio_or_zero(n, total_missed)]
                                    for f, n in by_count(missed)[:TOP_BREAKDOWN]])])])


def call_stats(stats):
    evals = stats.get("Calls to PyEval_EvalDefault")
    inlined = stats.get("Calls to Python functions inlined")
    whole = evals + inlined
    rows = [["Calls to PyEval_EvalDefault", evals, ratio_or_zero(evals, whole)],
            ["Calls to Python functions inlined", inlined, ratio_or_zero(inlined, whole)]]
    for index, kind in enumerate(EVAL_FRAME_KINDS):
        key = "Calls via PyEval_EvalFrame[" + str(index) + "]"
        if stats.has(key):
            rows.append(["Calls via PyEval_EvalFrame (" + kind + ")", stats.get(key),
                         ratio_or_zero(stats.get(key), whole)])
    for label in ("Frame objects created", "Frames pushed"):
        rows.append([label, stats.get(label), ratio_or_zero(stats.get(label), whole)])
    return Section(2, "Call stats", "Inlined calls and frame stats",
                   "Calls to Python functions either stay in the running interpreter loop (inlined) or enter it\n"
                   "anew; the PyEval_EvalFrame rows say where the latter came from and overlap each other.\n"
                   "Shares are of all calls to Python functions.",
                   [Table(["", "Count", "Ratio"], rows)])


def _object_label(key):
    rest = key[len("Object "):]
    return rest[:1].upper() + rest[1:]


def object_stats(stats):
    allocations = stats.get("Object allocations from freelist") + stats.get("Object allocations")
    increfs = stats.get("Object interpreter increfs") + stats.get("Object increfs")
    decrefs = stats.get("Object interpreter decrefs") + stats.get("Object decrefs")
    inline = stats.get("Object inline values")
    whole_of = {
        "Object allocations from freelist": allocations, "Object allocations": allocations,
        "Object allocations to 512 bytes": allocations, "Object allocations to 4 kbytes": allocations,
        "Object allocations over 4 kbytes": allocations,
        "Object interpreter increfs": increfs, "Object increfs": increfs,
        "Object interpreter decrefs": decrefs, "Object decrefs": decrefs,
    }
    rows = []
    for key, value in stats.keys_starting("Object "):
        if key.startswith("Object materialize dict"):
            share = ratio_or_zero(value, inline)
        elif key in whole_of:
            share = ratio_or_zero(value, whole_of[key])
        else:
            share = None
        rows.append([_object_label(key), value, share])
    return Section(2, "Object stats", "Allocations, frees and dict materializatons",
                   "\"Allocations\" are those not served by a freelist; all allocations are the two together.\n"
                   "\"Inline values\" counts objects whose attribute values were stored inline; a\n"
                   "materialized dict is shown as a share of them. The method cache rows count lookups in the\n"
                   "type attribute cache, dunder names apart.",
                   [Table(["", "Count", "Ratio"], rows)])


def gc_stats(stats):
    rows = []
    generation = 0
    while stats.has("GC[" + str(generation) + "] collections"):
        prefix = "GC[" + str(generation) + "] "
        rows.append([str(generation), stats.get(prefix + "collections"), stats.get(prefix + "objects collected"),
                     stats.get(prefix + "object visits")])
        generation += 1
    return Section(2, "GC stats", "GC collections and effectiveness",
                   "Objects collected per object visited says how much a collection's work achieved.",
                   [Table(["Generation", "Collections", "Objects collected", "Object visits"], rows,
                          label_align="right")])


# (label, key, key of the whole the share is taken of, explanation)
OPTIMIZATION_ROWS = (
    ("Optimization attempts", "Optimization attempts", None,
     "How often a `JUMP_BACKWARD` became hot enough to try projecting a trace from it."),
    ("Traces created", "Optimization traces created", "Optimization attempts", "Attempts that produced a trace."),
    ("Trace stack overflow", "Optimization trace stack overflow", "Optimization attempts",
     "Traces cut short because following calls would need too many frames."),
    ("Trace stack underflow", "Optimization trace stack underflow", "Optimization attempts",
     "Attempts given up because the path returned out of more frames than it entered."),
    ("Trace too long", "Optimization trace too long", "Optimization attempts",
     "Traces cut short because they filled the trace buffer."),
    ("Trace too short", "Optimization trace too short", "Optimization attempts",
     "Attempts given up because the trace would do too little work."),
    ("Inner loop found", "Optimization inner loop", "Optimization attempts",
     "Traces cut short at the back edge of an inner loop."),
    ("Recursive call", "Optimization recursive call", "Optimization attempts",
     "Traces cut short at a recursive call."),
    ("Low confidence", "Optimization low confidence", "Optimization attempts",
     "Attempts given up because the path back to the loop's start was too unlikely."),
    ("Executors invalidated", "Executors invalidated", "Optimization traces created",
     "Executors thrown away because something they relied on (a watched dict, a type) changed."),
    ("Traces executed", "Optimization traces executed", None, "How often traces were entered."),
    ("Uops executed", "Optimization uops executed", "Optimization traces executed",
     "Micro-ops executed in traces; the ratio is per trace entered."),
)
OPTIMIZER_ROWS = (
    ("Optimizer attempts", "Optimization optimizer attempts", None,
     "How often the trace optimizer ran on a projected trace."),
    ("Optimizer successes", "Optimization optimizer successes", "Optimization optimizer attempts",
     "Traces the optimizer finished."),
    ("Optimizer no memory", "Optimization optimizer failure no memory", "Optimization optimizer attempts",
     "Optimizer runs that gave up for lack of memory."),
    ("Remove globals builtins changed", "Optimizer remove globals builtins changed",
     "Optimization optimizer attempts", "Global-load folding stopped because the builtins dict changed."),
    ("Remove globals incorrect keys", "Optimizer remove globals incorrect keys", "Optimization optimizer attempts",
     "Global-load folding stopped because the globals' keys were not the expected ones."),
)
HISTOGRAMS = (("Trace length histogram", "trace length histogram", "Trace length"),
              ("Optimized trace length histogram", "optimized trace length histogram", "Optimized trace length"),
              ("Trace run length histogram", "trace run length histogram", "Trace run length"))


def _counter_table(stats, spec):
    rows = []
    notes = {}
    for label, key, whole_key, note in spec:
        value = stats.get(key)
        rows.append([label, value, None if whole_key is None else ratio_or_zero(value, stats.get(whole_key))])
        notes[label] = note
    return Table(["", "Count", "Ratio"], rows, notes)


def _other_tier2_counters(stats):
    """Tier-2 counters CPython 3.13 does not write (Tiercel's JIT figures, for example), as they are."""
    known = {row[1] for row in OPTIMIZATION_ROWS + OPTIMIZER_ROWS}
    rows = []
    for key, value in stats.counts.items():
        if key in known or "[" in key:
            continue
        if key.startswith("Optimization ") or key.startswith("Optimizer ") or key.startswith("JIT ") \
                or key.startswith("Executors "):
            rows.append([key, value])
    return Table(["Other", "Count"], rows)


def histogram_table(stats, name):
    rows = stats.histogram(name)
    total = sum(count for _, count in rows)
    return Table(["Range", "Count", "Ratio"],
                 [["<= " + str(bound), count, ratio_or_zero(count, total)] for bound, count in rows])


def optimization_stats(stats):
    parts = [_counter_table(stats, OPTIMIZATION_ROWS), _counter_table(stats, OPTIMIZER_ROWS),
             _other_tier2_counters(stats)]
    for title, summary, name in HISTOGRAMS:
        parts.append(Section(3, title, summary, None, [histogram_table(stats, name)]))
    uops = sorted(stats.uop_counts(), key=lambda r: (-r[1], -r[2]))
    total = sum(r[1] for r in uops)
    rows = shares([(name, count) for name, count, _ in uops], total)
    for row, (_, count, miss) in zip(rows, uops):
        row.append(miss / count if miss else None)
    parts.append(Section(3, "Uop execution stats", "uop execution stats", None,
                         [Table(["Name", "Count", "Self", "Cumulative", "Miss ratio"], rows)]))
    pairs = [(a + " " + b, n) for a, b, n in stats.uop_pairs()]
    parts.append(Section(3, "Pair counts", "Pair counts for top " + str(TOP_PAIRS) + " Non-JIT uop pairs",
                         "A pair is two uops executed one after the other in a trace run by the uop interpreter.",
                         [Table(["Pair", "Count", "Self", "Cumulative"],
                                shares(by_count(pairs)[:TOP_PAIRS], sum(n for _, n in pairs)))]))
    unsupported = by_count(stats.named_counts("unsupported_opcode[", "].count"))
    parts.append(Section(3, "Unsupported opcodes", "unsupported opcodes", None,
                         [Table(["Opcode", "Count"], [[name, n] for name, n in unsupported])]))
    errors = by_count(stats.named_counts("error_in_opcode[", "].count"))
    parts.append(Section(3, "Optimizer errored out with opcode",
                         "Optimization stopped after encountering this opcode", None,
                         [Table(["Opcode", "Count"], [[name, n] for name, n in errors])]))
    return Section(2, "Optimization (Tier 2) stats", "statistics about the Tier 2 optimizer", None, parts)


RARE_EVENT_NOTES = {
    "set class": "Assignments to an object's `__class__`.",
    "set bases": "Assignments to a class's `__bases__`.",
    "set eval frame func": "Installing a PEP 523 frame evaluation function.",
    "builtin dict": "Changes to the builtins dict, such as `__builtins__.__dict__[name] = ...`.",
    "func modification": "Changes to a function object, such as `func.__defaults__ = ...`.",
    "watched dict modification": "Changes to a dict some executor watches.",
    "watched globals modification": "Changes to a `globals()` dict some executor watches.",
}


def rare_events(stats):
    rows = [[name.replace("_", " "), value] for name, value in
            ((key[len("Rare event ("):-1], value) for key, value in stats.keys_starting("Rare event ("))]
    return Section(2, "Rare events", "Counts of rare/unlikely events", None,
                   [Table(["Event", "Count"], rows, RARE_EVENT_NOTES)])


def meta_stats(stats):
    return Section(2, "Meta stats", "Meta statistics", None,
                   [Table(["", "Count"], [["Number of data files", stats.files]])])


def sections(stats):
    """Every section of the report for one run, in CPython's order."""
    found = [execution_counts(stats), pair_counts(stats), predecessors_successors(stats),
             specialization_stats(stats), specialization_effectiveness(stats), call_stats(stats),
             object_stats(stats), gc_stats(stats)]
    if stats.has_optimization():
        found.append(optimization_stats(stats))
    found.extend([rare_events(stats), meta_stats(stats)])
    return found
