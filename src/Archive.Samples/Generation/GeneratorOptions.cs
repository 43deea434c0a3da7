namespace Archive.Samples.Generation;

/// <summary>What <see cref="ReportGenerator"/> produces.</summary>
/// <param name="Count">Number of reports.</param>
/// <param name="Seed">Same seed (and options) → byte-identical reports.</param>
/// <param name="ErrorRate">Fraction of reports with a deliberate identity error (flagged identity_violation in the truth).</param>
public sealed record GeneratorOptions(int Count, ulong Seed, double ErrorRate = GeneratorOptions.DefaultErrorRate)
{
    public const double DefaultErrorRate = 0.05;

    public const double DefaultAnomalyRate = 0.03;

    /// <summary>Fraction of reports with a metadata anomaly (date before the period end, long after it, impossible date, title year ≠ period year).</summary>
    public double AnomalyRate { get; init; } = DefaultAnomalyRate;

    /// <summary>Index of the first report; report i is the same whatever the count (so a run can be extended or split).</summary>
    public int FirstIndex { get; init; }

    /// <summary>Series mode (issue 24): bodies reporting year after year with faults put in; null (off) by default.</summary>
    public SeriesOptions? Series { get; init; }

    public void Validate()
    {
        Series?.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        ArgumentOutOfRangeException.ThrowIfNegative(FirstIndex);
        if (ErrorRate is < 0 or > 1 || double.IsNaN(ErrorRate))
        {
            throw new ArgumentOutOfRangeException(nameof(ErrorRate), ErrorRate, "must be between 0 and 1");
        }

        if (AnomalyRate is < 0 or > 1 || double.IsNaN(AnomalyRate))
        {
            throw new ArgumentOutOfRangeException(nameof(AnomalyRate), AnomalyRate, "must be between 0 and 1");
        }
    }
}
