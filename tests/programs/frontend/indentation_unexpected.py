def f():
    return 1
        print("deeper")
