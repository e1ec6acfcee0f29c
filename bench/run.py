#!/usr/bin/env python3
"""Times bench/programs/*.py in Tiercel's images and in CPython, side by side.

usage: bench/run.py [--runs N] [--images tiercel-tier1,tiercel-interp,...] [--only NAME,...] [--markdown] [--cpu]
An image name may carry -X options after '+': tiercel-tier1+nospecialize runs tiercel-tier1 with -X nospecialize.

Each program runs N times (default 5) per runtime; the table shows the median wall time in seconds (process start
to exit, so start-up is included) and each image's ratio to CPython 3.13 (lower is better), plus the geometric
mean of the ratios. With --cpu the table also shows each runtime's median CPU time (user + system of the process,
which a busy shared machine disturbs less than wall time) and the ratios of those. Outputs are compared with CPython 3.13's: a program whose output differs is marked WRONG
and left out of the geometric mean. CPython binaries are called directly (pyenv shims add ~60 ms a start).
"""
import argparse, glob, math, os, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGES_DIR = os.path.join(ROOT, "distribution", "target", "images")


def find_python(version):
    for c in [f"/usr/bin/python{version}"] + sorted(glob.glob(f"/root/.pyenv/versions/{version}*/bin/python{version}")) \
            + sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python{version}"))):
        if os.access(c, os.X_OK):
            return c
    return None


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_once(cmd, cwd):
    start, cpu0 = time.perf_counter(), children_cpu()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    return time.perf_counter() - start, children_cpu() - cpu0, p.stdout, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--images", default="tiercel-tier1,tiercel-interp,tiercel-jit")
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--cpu", action="store_true")
    args = ap.parse_args()
    programs = sorted(glob.glob(os.path.join(ROOT, "bench", "programs", "*.py")))
    if args.only:
        wanted = set(args.only.split(","))
        programs = [p for p in programs if os.path.basename(p)[:-3] in wanted]
    runtimes = []
    py313, py311 = find_python("3.13"), find_python("3.11")
    if not py313:
        sys.exit("CPython 3.13 not found: it is the reference")
    runtimes.append(("cpython3.13", [py313]))
    if py311:
        runtimes.append(("cpython3.11", [py311]))
    for spec in args.images.split(","):
        image, *xoptions = spec.split("+")
        launcher = os.path.join(IMAGES_DIR, image, "bin", "tiercel")
        if os.access(launcher, os.X_OK):
            runtimes.append((spec, [launcher] + [a for x in xoptions for a in ("-X", x)]))
        else:
            print(f"# {image}: not built ({launcher})", file=sys.stderr)

    header = ["program"] + [name for name, _ in runtimes] + [f"{n}/3.13" for n, _ in runtimes[1:]]
    if args.cpu:
        header += [f"{n} cpu" for n, _ in runtimes] + [f"{n}/3.13 cpu" for n, _ in runtimes[1:]]
    rows, ratios = [], {name: [] for name, _ in runtimes[1:]}
    cpu_ratios = {name: [] for name, _ in runtimes[1:]}
    for prog in programs:
        name = os.path.basename(prog)[:-3]
        medians, cpu_medians, reference_out, wrong = {}, {}, None, set()
        for rt, cmd in runtimes:
            times, cpus = [], []
            for _ in range(args.runs):
                t, cpu, out, code = time_once(cmd + [os.path.basename(prog)], os.path.dirname(prog))
                times.append(t)
                cpus.append(cpu)
                if rt == "cpython3.13":
                    reference_out = out
                elif out != reference_out or code != 0:
                    wrong.add(rt)
            medians[rt] = statistics.median(times)
            cpu_medians[rt] = statistics.median(cpus)
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
        rs = ratios[rt]
        geo.append(f"{math.exp(sum(map(math.log, rs)) / len(rs)):.2f}" if rs else "-")
    if args.cpu:
        geo += [""] * len(runtimes)
        for rt, _ in runtimes[1:]:
            rs = cpu_ratios[rt]
            geo.append(f"{math.exp(sum(map(math.log, rs)) / len(rs)):.2f}" if rs else "-")
    rows.append(geo)
    print_table(header, rows, args.markdown)


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
