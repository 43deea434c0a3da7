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
        // A sorted copy: callers still pair the samples with their queries afterwards.
        List<double> sorted = [.. milliseconds.Order()];
        return $"p50 {Of(sorted, 50):F2} ms  p99 {Of(sorted, 99):F2} ms  max {sorted[^1]:F2} ms  (n={sorted.Count})";
    }
}
