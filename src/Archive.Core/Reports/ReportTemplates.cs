namespace Archive.Core.Reports;

/// <summary>The three report layouts (metric-dictionary.md §2), as the stable strings stored and served.</summary>
public static class ReportTemplates
{
    public const string Pre2019 = "pre2019";
    public const string V2019 = "2019";
    public const string V2021 = "2021";

    public static IReadOnlyList<string> All { get; } = [Pre2019, V2019, V2021];
}
