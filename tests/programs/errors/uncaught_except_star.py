# An ExceptionGroup partly handled by except*: the unhandled rest is re-raised and printed.
try:
    raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type")])
except* ValueError:
    print("handled the ValueError")
