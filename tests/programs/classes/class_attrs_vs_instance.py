# Class attributes are shared until an instance assigns its own; mutation through the class is visible.
class Widget:
    count = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Widget.count += 1

a, b = Widget("a"), Widget("b")
a.tags.append("shared")
b.count = 100
print(Widget.count, a.count, b.count, Widget.tags, b.tags)
del b.count
print(b.count, vars(a), "count" in vars(Widget))
Widget.new_attr = "added later"
print(a.new_attr, hasattr(Widget, "name"), getattr(a, "name"))
print(sorted(k for k in vars(Widget) if not k.startswith("__")))
