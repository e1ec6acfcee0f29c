# summarize_stats as a library: parsing stats lines, the derived numbers, the Markdown and HTML output, the
# command line's errors. Under CPython the module comes from Tiercel's python-lib folder.
import sys
try:
    import summarize_stats
except ImportError:
    sys.path.insert(0, "../../../modules/stdlib/src/main/resources/python-lib")
    import summarize_stats
from summarize_stats._stats import Stats, parse_line
from summarize_stats._facts import failure_kind_name, FAMILY_OF
from summarize_stats._html import page

TEXT = """\
opcode[BINARY_OP].specializable : 1
    opcode[BINARY_OP].specialization.success : 3
    opcode[BINARY_OP].specialization.failure : 1
    opcode[BINARY_OP].specialization.hit : 40
    opcode[BINARY_OP].specialization.deferred : 7
    opcode[BINARY_OP].execution_count : 9
    opcode[BINARY_OP].specialization.failure_kinds[21] : 1
opcode[BINARY_OP].pair_count[STORE_FAST] : 9
    opcode[BINARY_OP_ADD_INT].specialization.miss : 2
    opcode[BINARY_OP_ADD_INT].execution_count : 42
opcode[BINARY_OP_ADD_INT].pair_count[STORE_FAST] : 40
    opcode[LOAD_FAST].execution_count : 100
opcode[LOAD_FAST].pair_count[BINARY_OP_ADD_INT] : 42
opcode[LOAD_FAST].pair_count[BINARY_OP] : 9
    opcode[STORE_FAST].execution_count : 49
Calls to PyEval_EvalDefault: 3
Calls to Python functions inlined: 1
Frames pushed: 4
Frame objects created: 0
Calls via PyEval_EvalFrame[0] : 3
Object allocations from freelist: 5
Object allocations: 15
GC[0] collections: 1
GC[0] object visits: 10
GC[0] objects collected: 2
Optimization attempts: 2
Optimization traces created: 1
Optimization traces executed: 10
Optimization uops executed: 55
Executors invalidated: 0
Trace length[1]: 0
Trace length[2]: 0
Trace length[4]: 0
Trace length[8]: 1
Trace length[16]: 0
uops[_SET_IP].execution_count : 30
uops[_GUARD_BOTH_INT].execution_count : 25
uops[_GUARD_BOTH_INT].specialization.miss : 1
unsupported_opcode[LOAD_NAME].count : 4
Rare event (set_class): 0
not a counter line
Specialization stats:
"""


def run(text):
    counts = {}
    for line in text.splitlines():
        parsed = parse_line(line)
        if parsed is not None:
            counts[parsed[0]] = counts.get(parsed[0], 0) + parsed[1]
    return Stats(counts, 1, 0.0)


stats = run(TEXT)
print(parse_line("  opcode[X].execution_count : 12"), parse_line("Trace length[16]: 3"), parse_line("junk"))
print(stats.execution_counts())
print(stats.pairs())
print(stats.families(), stats.specialization("BINARY_OP"), stats.failure_kinds("BINARY_OP"))
print(stats.effectiveness())
print(stats.histogram("Trace length"), stats.histogram("Trace run length"))
print(stats.uop_counts())
print(failure_kind_name("BINARY_OP", 21), "|", failure_kind_name("LOAD_ATTR", 23), "|",
      failure_kind_name("FOR_ITER", 29), "|", failure_kind_name("CALL", 99), "|", failure_kind_name("TO_BOOL", 0))
print(len(FAMILY_OF), FAMILY_OF["RESUME_CHECK"], FAMILY_OF["CALL_PY_EXACT_ARGS"])
for seconds in (0, 86399, 951782400, 1764000000, -86400):
    print(seconds, summarize_stats.civil_date(seconds))
report = summarize_stats.markdown(stats)
print(report)
base = run(TEXT.replace("execution_count : 100", "execution_count : 80"))
print(summarize_stats.markdown(stats, base).split("## Pair counts")[0])
html = page(stats)
print(html.count("<rect"), html.count("<svg"), "<script" in html, html.count('data-chart="specialization"'))
print(summarize_stats.main(["--bogus"]), summarize_stats.main(["--compare", "x"]), summarize_stats.main(["/no/such"]))
