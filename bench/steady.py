"""Runs one bench program several times in one process and reports its steady-state time.

usage: <python> steady.py PROGRAM ITERATIONS [MIN_SECONDS]

The program is compiled once and executed ITERATIONS times (or more: until the iterations have taken MIN_SECONDS of
wall time in all, so that a program of a few milliseconds is measured after the JIT compilers of a JVM have settled), each time in a fresh __main__ namespace with its
output captured, so imports, compiled code, specializations and traces carry over from one iteration to the
next exactly as they would in a long-running process. Prints one line of JSON: the wall time of each iteration
(perf_counter seconds), the CPU time of the main thread in each (thread_time seconds: on a busy machine
it is the steadier figure) and the first iteration's output, which bench/run.py compares with CPython's.
"""
import builtins, io, json, os, sys, time


def main():
    path, iterations = os.path.abspath(sys.argv[1]), int(sys.argv[2])
    min_seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    sys.path.insert(0, os.path.dirname(path))
    real_stdout, times, cpu_times, first_output = sys.stdout, [], [], None
    while len(times) < iterations or sum(times) < min_seconds:
        captured = io.StringIO()
        namespace = {"__name__": "__main__", "__file__": path, "__builtins__": builtins}
        sys.stdout = captured
        try:
            start, start_cpu = time.perf_counter(), time.thread_time()
            exec(code, namespace)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.thread_time() - start_cpu)
        finally:
            sys.stdout = real_stdout
        if first_output is None:
            first_output = captured.getvalue()
    print(json.dumps({"times": times, "cpu": cpu_times, "output": first_output}))


main()
