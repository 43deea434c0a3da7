namespace Archive.Samples.Generation;

/// <summary>
/// Series mode of the generator (issue 24): report i is year <c>i % ReportsPerBody</c> of body <c>i / ReportsPerBody</c>,
/// bodies report year after year (renamed in the 2018 机构改革 where the rename table says so), and faults are put in
/// on purpose at the given rates, each written down in <see cref="SeriesFault"/>s. Off (null) by default.
/// </summary>
/// <param name="ReportsPerBody">Reports of one body, consecutive years except for a missing one.</param>
public sealed record SeriesOptions(int ReportsPerBody = 8)
{
    public const int FirstYear = 2015;
    public const int LastYear = 2025;

    /// <summary>Share of bodies with one year without a report inside their span.</summary>
    public double MissingYearRate { get; init; } = 0.15;

    /// <summary>Share of dated reports published after the legal deadline.</summary>
    public double LateRate { get; init; } = 0.06;

    /// <summary>Share of reports (with a comparable report the year before) whose 上年结转 in one column is not the 结转下年度 of the year before.</summary>
    public double CarryOverErrorRate { get; init; } = 0.05;

    /// <summary>Share of 2021-template reports (after a 2021-template report) whose 现行有效 行政规范性文件 does not follow from the year before.</summary>
    public double InForceErrorRate { get; init; } = 0.05;

    /// <summary>Share of reports whose prose is (nearly) all the previous report's.</summary>
    public double CopyAllRate { get; init; } = 0.05;

    /// <summary>Share of reports whose 一、总体情况 is the previous report's, the rest their own.</summary>
    public double CopyOverviewRate { get; init; } = 0.05;

    /// <summary>Share of reports (2019 template on) whose prose is all another body's report of the same year.</summary>
    public double CopyOtherRate { get; init; } = 0.04;

    public void Validate()
    {
        if (ReportsPerBody < 1 || ReportsPerBody > LastYear - FirstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(ReportsPerBody), ReportsPerBody, $"must be between 1 and {LastYear - FirstYear}");
        }

        foreach (var (name, rate) in new[]
        {
            (nameof(MissingYearRate), MissingYearRate), (nameof(LateRate), LateRate), (nameof(CarryOverErrorRate), CarryOverErrorRate),
            (nameof(InForceErrorRate), InForceErrorRate), (nameof(CopyAllRate), CopyAllRate), (nameof(CopyOverviewRate), CopyOverviewRate),
            (nameof(CopyOtherRate), CopyOtherRate),
        })
        {
            if (rate is < 0 or > 1 || double.IsNaN(rate))
            {
                throw new ArgumentOutOfRangeException(name, rate, "must be between 0 and 1");
            }
        }
    }
}
