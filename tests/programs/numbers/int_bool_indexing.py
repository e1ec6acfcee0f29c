# Booleans and ints as indexes; __index__ objects in slices and range; negative index math.
data = ["a", "b", "c", "d"]
print(data[True], data[False], data[-True], data[1:True + 2], "xyz"[True:])
class Two:
    def __index__(self):
        return 2
print(data[Two()], data[Two():], list(range(Two())), [0] * Two(), "ab" * Two())
try:
    data[1.0]
except TypeError as e:
    print("TypeError:", e)
