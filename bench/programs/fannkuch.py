# Pancake flipping over all permutations (fannkuch), written for this suite.
def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        p = perm[:]
        flips = 0
        k = p[0]
        while k:
            p[:k + 1] = p[k::-1]
            flips += 1
            k = p[0]
        max_flips = max(max_flips, flips)
        checksum += flips if sign == 1 else -flips
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            first = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1

print(fannkuch(9))
