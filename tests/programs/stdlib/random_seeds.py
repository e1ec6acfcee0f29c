# Issue 5's acceptance check for random: for seeds 0..99, random(), randint(0, 10**6), shuffle of 50 items and
# gauss(0, 1) as CPython 3.13 gives them (the .out file is CPython's output), both through the module-level
# functions (the shared instance) and through a Random instance.
import random
for seed in range(100):
    random.seed(seed)
    deck = list(range(50))
    first = (repr(random.random()), random.randint(0, 10**6))
    random.shuffle(deck)
    g = (repr(random.gauss(0, 1)), repr(random.gauss(0, 1)))
    r = random.Random(seed)
    again = (repr(r.random()), r.randint(0, 10**6))
    print(seed, first, deck, g, again == first)
