import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2]), st.median(data), st.median([3, 1, 2]), st.mode(data), st.multimode([1, 1, 2, 2]))
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data), st.median_low(data), st.median_high(data))
print(st.mean([0.1, 0.2, 0.3]), st.fmean([1, 2, 3]), st.variance([1.5, 2.5, 3.5]), st.harmonic_mean([40, 60]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
