namespace Archive.Benchmarks.EndToEnd;

/// <summary>Latency summaries over measured samples (milliseconds).</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sortedMilliseconds, double percentile)
    {
        if (sortedMilliseconds.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sortedMilliseconds.Count) - 1;
        return sortedMilliseconds[Math.Clamp(rank, 0, sortedMilliseconds.Count - 1)];
    }

    public static string Summary(List<double> milliseconds)
    {
        milliseconds.Sort();
        return $"p50 {Of(milliseconds, 50):F2} ms  p99 {Of(milliseconds, 99):F2} ms  max {milliseconds[^1]:F2} ms  (n={milliseconds.Count})";
    }
}
