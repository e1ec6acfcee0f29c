package dev.tiercel.launcher;

/** The text of {@code tiercel -h}. */
final class Help {
    private Help() {}

    static final String TEXT = CommandLine.USAGE + "\n" + """
            Options (and corresponding environment variables):
            -c cmd : program passed in as string (terminates option list)
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -I     : isolate Tiercel from the user's environment (implies -E)
            -m mod : run library module as a script (terminates option list)
            -u     : force the stdout and stderr streams to be unbuffered
            -V     : print the Python version number and exit (also --version)
            -X opt : set implementation-specific option:
                     -X tiers: print the tiers found on the module path and which is active
                     -X pystats: write execution statistics to /tmp/py_stats/
                     -X nospecialize: tier 1 does not specialize instructions
                     -X jit-report: after the run, say which hot loops tier 2 traced, and why not
                     -X jit-dump: print each native trace's machine code with its stencils marked
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]

            Environment variables:
            PYTHONPATH      : ':'-separated list of directories prefixed to the default module search path
            PYTHON_JIT      : 0 turns tier 2 (traces and the JIT) off, 1 turns it on
            PYTHON_LLTRACE  : 1..5, trace the interpreter tiers as CPython's debug builds do
            PYTHON_OPT_DEBUG: 1..3, trace the tier-2 optimizer
            PYTHONSTATS     : if set and not empty, as -X pystats
            """;
}
