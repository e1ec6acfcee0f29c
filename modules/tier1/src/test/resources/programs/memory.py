try:
    x = [0] * 10**12
except MemoryError:
    print("MemoryError caught")
y = "ab" * 10**12
