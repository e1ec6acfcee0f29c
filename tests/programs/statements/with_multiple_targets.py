# with statements with parenthesized multiple context managers (3.10+) and tuple targets.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return (self.name, len(self.name))
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with (
    CM("one") as (n1, l1),
    CM("three") as second,
):
    print(n1, l1, second)
