# except* runs every matching clause once with the matching subgroup; unmatched parts propagate.
def run(excs):
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as e:
        print("ValueError clause:", repr(e))
    except* TypeError as e:
        print("TypeError clause:", repr(e))

run([ValueError(1), TypeError(2), ValueError(3)])
run([TypeError("only")])
try:
    run([ValueError(1), KeyError("k")])
except ExceptionGroup as e:
    print("propagated:", repr(e))
