#!/usr/bin/env python3
"""Times bench/programs/*.py in Tiercel's images and in CPython, side by side.

usage: bench/run.py [--runs N] [--images tiercel-tier1,tiercel-interp,...] [--only NAME,...] [--markdown] [--cpu]
                    [--steady ITERATIONS] [--no-cpython311]
An image name may carry -X options after '+': tiercel-tier1+nospecialize runs tiercel-tier1 with -X nospecialize.
An image may also be given as the path of an image directory (a copy of an older build, for comparing two builds).
--batch runs Tiercel's JVM with -Xbatch (each method compiled where it gets hot, the program waiting): the JIT
compilers then see the same profiles in every process, and a program's steady-state time varies by about 1% between
processes instead of about 10%. For comparing two builds or two images; users run without it.

Each program runs N times (default 5) per runtime, the runtimes taking turns; the table shows the median wall time in seconds (process start
to exit, so start-up is included) and each image's ratio to CPython 3.13 (lower is better), plus the geometric
mean of the ratios. --cpu adds the median CPU time (user+sys of the process, which does not count the waits a busy
machine imposes) of each runtime and the CPU-time ratios.
--steady N measures steady state instead: each run is one process that executes the program N times through
bench/steady.py (compiled once, fresh __main__ namespace each time, output captured), and its time is the median of
the later half of the iterations, so start-up, imports and warm-up are left out for every runtime alike
(--steady-seconds S makes each process go on until its iterations have taken S seconds, for programs of a few
milliseconds whose first N iterations are still warm-up on a JVM); with --cpu, the
CPU columns are then the main thread's CPU time over the same iterations (no compiler or GC threads).
Outputs are compared with CPython 3.13's: a program whose output differs is marked WRONG
and left out of the geometric mean. CPython binaries are called directly (pyenv shims add ~60 ms a start).
"""
import argparse, glob, json, math, os, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGES_DIR = os.path.join(ROOT, "distribution", "target", "images")


def find_python(version):
    for c in [f"/usr/bin/python{version}"] + sorted(glob.glob(f"/root/.pyenv/versions/{version}*/bin/python{version}")) \
            + sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python{version}"))):
        if os.access(c, os.X_OK):
            return c
    return None


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def steady_once(cmd, prog, iterations, min_seconds=0.0, env=None):
    """Steady-state wall and main-thread CPU time of one process running prog `iterations` times: the medians of
    the last half."""
    steady = os.path.join(ROOT, "bench", "steady.py")
    p = subprocess.run(cmd + [steady, prog, str(iterations), str(min_seconds)], cwd=os.path.dirname(prog),
                       capture_output=True, text=True, timeout=1800, env=env)
    if p.returncode != 0:
        return float("nan"), float("nan"), None, p.returncode
    result = json.loads(p.stdout)
    last = -(len(result["times"]) // 2)  # the later half of the iterations made (at least `iterations`)
    return statistics.median(result["times"][last:]), statistics.median(result["cpu"][last:]), result["output"], 0


def time_once(cmd, cwd, env=None):
    """Wall time, CPU time (user+sys), stdout and exit code of one run."""
    cpu = cpu_of_children()
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, env=env)
    return time.perf_counter() - start, cpu_of_children() - cpu, p.stdout, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--images", default="tiercel-tier1,tiercel-interp,tiercel-jit")
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--cpu", action="store_true", help="also report CPU time (user+sys) and its ratios")
    ap.add_argument("--no-cpython311", action="store_true", help="leave CPython 3.11 out (shorter runs)")
    ap.add_argument("--steady", type=int, default=0, metavar="N",
                    help="steady state: N iterations in one process, median of the last half")
    ap.add_argument("--steady-seconds", type=float, default=0.0, metavar="S",
                    help="with --steady: more iterations while they have taken less than S seconds in all")
    ap.add_argument("--batch", action="store_true",
                    help="run Tiercel's JVM with -Xbatch: deterministic JIT compilation, for comparing builds")
    args = ap.parse_args()
    if args.steady and args.steady < 2:
        sys.exit("--steady needs at least 2 iterations")
    programs = sorted(glob.glob(os.path.join(ROOT, "bench", "programs", "*.py")))
    if args.only:
        wanted = set(args.only.split(","))
        programs = [p for p in programs if os.path.basename(p)[:-3] in wanted]
    runtimes = []
    py313, py311 = find_python("3.13"), find_python("3.11")
    if not py313:
        sys.exit("CPython 3.13 not found: it is the reference")
    runtimes.append(("cpython3.13", [py313]))
    if py311 and not args.no_cpython311:
        runtimes.append(("cpython3.11", [py311]))
    for spec in args.images.split(","):
        image, *xoptions = spec.split("+")
        launcher = os.path.join(image if os.path.isabs(image) else os.path.join(IMAGES_DIR, image), "bin", "tiercel")
        if os.access(launcher, os.X_OK):
            runtimes.append((spec, [launcher] + [a for x in xoptions for a in ("-X", x)]))
        else:
            print(f"# {image}: not built ({launcher})", file=sys.stderr)

    tiercel_env = dict(os.environ)
    if args.batch:
        tiercel_env["TIERCEL_JAVA_OPTIONS"] = (tiercel_env.get("TIERCEL_JAVA_OPTIONS", "") + " -Xbatch").strip()
    header = ["program"] + [name for name, _ in runtimes] + [f"{n}/3.13" for n, _ in runtimes[1:]]
    if args.cpu:
        header += [f"cpu:{n}" for n, _ in runtimes] + [f"cpu:{n}/3.13" for n, _ in runtimes[1:]]
    rows, ratios = [], {name: [] for name, _ in runtimes[1:]}
    cpu_ratios = {name: [] for name, _ in runtimes[1:]}
    for prog in programs:
        name = os.path.basename(prog)[:-3]
        medians, cpu_medians, reference_out, wrong = {}, {}, None, set()
        times = {rt: [] for rt, _ in runtimes}
        cpus = {rt: [] for rt, _ in runtimes}
        # the runtimes take turns (run 1 of each, then run 2 of each, ...), so that a change in the machine's
        # load during one program's measurement falls on all of them alike
        for _ in range(args.runs):
            for rt, cmd in runtimes:
                env = None if rt.startswith("cpython") else tiercel_env
                if args.steady:
                    t, cpu, out, code = steady_once(cmd, prog, args.steady, args.steady_seconds, env)
                else:
                    t, cpu, out, code = time_once(cmd + [os.path.basename(prog)], os.path.dirname(prog), env)
                times[rt].append(t)
                cpus[rt].append(cpu)
                if rt == "cpython3.13":
                    reference_out = out
                elif out != reference_out or code != 0:
                    wrong.add(rt)
        for rt, _ in runtimes:
            medians[rt] = statistics.median(times[rt])
            cpu_medians[rt] = statistics.median(cpus[rt])
        row = [name] + [f"{medians[rt]:.3f}" for rt, _ in runtimes]
        for rt, _ in runtimes[1:]:
            if rt in wrong:
                row.append("WRONG")
            else:
                ratio = medians[rt] / medians["cpython3.13"]
                ratios[rt].append(ratio)
                row.append(f"{ratio:.2f}")
        if args.cpu:
            row += [f"{cpu_medians[rt]:.3f}" for rt, _ in runtimes]
            for rt, _ in runtimes[1:]:
                if rt in wrong:
                    row.append("WRONG")
                else:
                    cpu_ratios[rt].append(cpu_medians[rt] / cpu_medians["cpython3.13"])
                    row.append(f"{cpu_ratios[rt][-1]:.2f}")
        rows.append(row)
        print(" ".join(row), file=sys.stderr, flush=True)
    geo = ["geometric mean"] + [""] * len(runtimes)
    for rt, _ in runtimes[1:]:
        geo.append(geometric_mean(ratios[rt]))
    if args.cpu:
        geo += [""] * len(runtimes) + [geometric_mean(cpu_ratios[rt]) for rt, _ in runtimes[1:]]
    rows.append(geo)
    print_table(header, rows, args.markdown)


def geometric_mean(rs):
    return f"{math.exp(sum(map(math.log, rs)) / len(rs)):.2f}" if rs else "-"


def print_table(header, rows, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    for r in [header] + rows:
        print("  ".join(str(c).rjust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
