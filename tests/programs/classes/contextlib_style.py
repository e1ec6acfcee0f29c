# A generator-based context manager written by hand (no contextlib), with exception forwarding.
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False

def managed(tag):
    print("setup", tag)
    try:
        yield tag.upper()
    except ZeroDivisionError:
        print("handled inside generator")
    finally:
        print("teardown", tag)

with GenCM(managed("x")) as v:
    print("using", v)
with GenCM(managed("y")):
    1 / 0
print("after")
try:
    with GenCM(managed("z")):
        raise KeyError("out")
except KeyError as e:
    print("propagated", e)
