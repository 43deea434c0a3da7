using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>What the prose of one report is written about.</summary>
/// <param name="TableKeys">Keys printed in a table of this report: a prose figure for them repeats the table and is not a metric.</param>
/// <param name="ProseKeys">Keys chosen to appear as prose figures.</param>
/// <param name="SpacedNumbers">Figures printed with spaces around the number (主动公开政府信息 42704 条).</param>
internal sealed record ProseContext(
    SplitMix64 Rng,
    AgencyIdentity Agency,
    int Year,
    ReportTemplate Template,
    MetricPlan Plan,
    string Site,
    bool FullWidth,
    bool SpacedNumbers,
    IReadOnlySet<string> TableKeys,
    IReadOnlySet<string> ProseKeys)
{
    /// <summary>Series mode: the body's house wording (its source's for a copy); null leaves the bank's words.</summary>
    public ProseStyle? Style { get; init; }
}
