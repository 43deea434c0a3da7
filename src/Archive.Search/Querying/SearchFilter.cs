namespace Archive.Search.Querying;

/// <summary>
/// Structured filters, combined with AND. <paramref name="RegionCode"/> is a GB/T 2260 code and matches reports
/// at or below it (a province code matches its prefectures and counties); <paramref name="FlagKind"/> is a
/// quality-flag kind the report carries. Null means "any".
/// </summary>
public sealed record SearchFilter(
    string? RegionCode = null,
    int? YearFrom = null,
    int? YearTo = null,
    string? Agency = null,
    string? AgencyKind = null,
    string? Template = null,
    bool? HasFlags = null,
    string? FlagKind = null)
{
    public static SearchFilter None { get; } = new();
}
