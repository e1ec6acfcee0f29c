import statistics as st
from statistics import *
from fractions import Fraction as F
from decimal import Decimal as D
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean(data), mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), mean([D('0.5'), D('0.75'), D('0.625'), D('0.375')]), mean([1, 2.5]), mean(range(10)), mean([True, 2]))
print(fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 3])), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(geometric_mean([54, 24, 36]), geometric_mean([0, 5]), harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3, 10]), harmonic_mean([0, 2]), harmonic_mean([7]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median(['a', 'c', 'b']), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode([1, 2]), multimode('aabbbbccddddeeffffgg'), multimode(''))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), variance([1, 2, 3, 4]), variance([F(1, 6), F(1, 2), F(5, 3)]), variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')]), variance(data, mean(data)))
print(pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4]), pvariance([F(1, 4), F(5, 4), F(1, 2)]), pvariance([D('27.5'), D('30.25')]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2, 3, 4]), stdev(range(100)), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]), stdev([D('1.5'), D('2.5'), D('4')]), stdev([F(1, 3), F(2, 3), F(7, 5)]))
print(stdev([1e300, 2e300, 3e300]), stdev([1e-300, 2e-300]), pstdev([5, 5, 5]), variance([1, 1.0, F(1)]))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5], n=4), quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), quantiles([7], n=3), quantiles([1.5, 2.5], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(z, x), correlation(x, x), correlation(x, z), correlation(x, y), correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25], method='ranked'))
print(linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]), linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
lr = linear_regression(x, z); print(lr.slope, lr.intercept, type(lr).__name__)
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode, round(nd.cdf(130), 12), round(nd.pdf(110), 15), nd.zscore(130))
print([round(v, 9) for v in nd.quantiles()], round(nd.inv_cdf(0.975), 9), round(NormalDist().inv_cdf(0.001), 9), round(NormalDist().inv_cdf(0.5), 12))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)).__round__(12), nd + 5, nd * 2, nd - NormalDist(10, 20), -nd, nd == NormalDist(100, 15), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(len(NormalDist().samples(5, seed=42)), hash(nd) == hash(NormalDist(100.0, 15.0)))
for expr in ['mean([])', 'variance([1])', 'stdev([1])', 'pvariance([])', 'pstdev([])', 'median([])', 'mode([])', 'quantiles([1, 2], n=0)',
             'quantiles([], n=4)', "quantiles([1, 2, 3], method='x')", 'harmonic_mean([-1, 2])', 'harmonic_mean([])', 'geometric_mean([-1])',
             'geometric_mean([])', 'fmean([])', 'covariance([1], [1])', 'covariance([1, 2], [1])', 'correlation([1, 1], [1, 2])',
             "correlation([1, 2], [1, 2], method='x')", 'linear_regression([1, 1], [1, 2])', 'NormalDist(0, -1)', 'NormalDist(0, 0).pdf(1)',
             'NormalDist().inv_cdf(1)', "mean(['a'])", 'fmean([1, 2], weights=[1])', 'fmean([1], weights=[0])', 'harmonic_mean([1, 2], weights=[1])']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(issubclass(StatisticsError, ValueError))
