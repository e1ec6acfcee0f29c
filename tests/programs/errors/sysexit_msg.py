raise SystemExit("fatal: bad input")
