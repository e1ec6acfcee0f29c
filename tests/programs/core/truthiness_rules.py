# Truth values of builtin objects and user classes (__bool__ beats __len__).
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class LenOnly:
    def __len__(self):
        return 0
class Neither:
    pass
for v in [0, 0.0, 0j, "", [], (), {}, set(), None, Both(), LenOnly(), Neither(), "0", [[]], -1]:
    print(type(v).__name__, bool(v), "yes" if v else "no")
