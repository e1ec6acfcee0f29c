# __bool__ must return bool; __len__ must return a non-negative int.
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
for obj, op in [(BadBool(), bool), (NegLen(), len), (NegLen(), bool), (BigLen(), len)]:
    try:
        print(op(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
