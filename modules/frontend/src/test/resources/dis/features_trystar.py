def f(g):
    try:
        g()
    except* ValueError as e:
        print(e)
    except* (TypeError, KeyError):
        pass
    else:
        print("else")
    try:
        g()
    except* OSError:
        g(1)
    finally:
        print("fin")
