# The class body runs once, top to bottom, like a function; names defined there become attributes.
print("before class")
class Config:
    print("class body runs")
    debug = False
    values = [i * i for i in range(3)]
    if debug:
        mode = "dbg"
    else:
        mode = "prod"
    def show(self):
        return self.mode
    del debug
print("after class", Config.mode, Config.values, hasattr(Config, "debug"), Config().show())
print(Config.__name__, Config.__qualname__, Config.__module__, "mode" in Config.__dict__)
