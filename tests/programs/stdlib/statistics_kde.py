from statistics import kde, kde_random, StatisticsError
import statistics
print('kde' in statistics.__all__, 'kde_random' in statistics.__all__)
sample = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
for kernel in ['normal', 'gauss', 'logistic', 'sigmoid', 'rectangular', 'uniform', 'triangular', 'parabolic', 'epanechnikov', 'quartic', 'biweight', 'triweight', 'cosine']:
    f = kde(sample, h=1.5, kernel=kernel)
    F = kde(sample, h=1.5, kernel=kernel, cumulative=True)
    print(kernel, [f(x) for x in (-3.0, -1.0, 0.0, 2.5, 6.0)], [F(x) for x in (-5.0, -1.0, 0.5, 3.0, 9.0)], f.__doc__, F.__doc__)
data = [1, 2, 2, 3, 7]
f = kde(data, 0.5, 'triangular')
print(f(2), f(2.25), f(5))
data.append(2)
print(f(2))
for kernel in ['rectangular', 'triangular', 'parabolic', 'cosine', 'logistic', 'sigmoid']:
    r = kde_random(sample, 0.5, kernel, seed=8675309)
    print(kernel, [round(r(), 12) for _ in range(4)], r.__doc__)
for args in [([], 1), (['a'], 1), ([1], 0), ([1], -2.5), ([1], 1, 'nope')]:
    for fn in (kde, kde_random):
        try:
            fn(*args)
        except (StatisticsError, TypeError) as e:
            print(fn.__name__, type(e).__name__, e)
from statistics import NormalDist
nd = NormalDist(100, 15)
print(nd.inv_cdf(0.975), nd.inv_cdf(1e-10), nd.inv_cdf(0.3), NormalDist().quantiles(10))
print(NormalDist(5, 2).samples(4, seed=1), NormalDist().inv_cdf(1 - 1e-16), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
r = kde_random(sample, 0.5, 'normal', seed=42)
print([r() for _ in range(4)])
