# A small n-body simulation (five bodies, symplectic Euler), written for this suite.
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24

def bodies():
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84, -1.16, -0.10, 0.00166 * DAYS, 0.00770 * DAYS, -0.0000690 * DAYS, 0.000954 * SOLAR_MASS],
        [8.34, 4.12, -0.40, -0.00277 * DAYS, 0.00500 * DAYS, 0.0000230 * DAYS, 0.000286 * SOLAR_MASS],
        [12.89, -15.11, -0.22, 0.00296 * DAYS, 0.00237 * DAYS, -0.0000296 * DAYS, 0.0000437 * SOLAR_MASS],
        [15.38, -25.92, 0.18, 0.00268 * DAYS, 0.00163 * DAYS, -0.0000951 * DAYS, 0.0000515 * SOLAR_MASS],
    ]


def energy(bs):
    e = 0.0
    for i in range(len(bs)):
        b = bs[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, len(bs)):
            c = bs[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bs, dt, steps):
    n = len(bs)
    for _ in range(steps):
        for i in range(n):
            b = bs[i]
            for j in range(i + 1, n):
                c = bs[j]
                dx = b[0] - c[0]
                dy = b[1] - c[1]
                dz = b[2] - c[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                bm = b[6] * mag
                cm = c[6] * mag
                b[3] -= dx * cm
                b[4] -= dy * cm
                b[5] -= dz * cm
                c[3] += dx * bm
                c[4] += dy * bm
                c[5] += dz * bm
        for b in bs:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bs = bodies()
before = energy(bs)
advance(bs, 0.01, 200_000)
print(f"{before:.9f} {energy(bs):.9f}")
