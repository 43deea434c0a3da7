using Archive.Core.Agencies;
using Archive.Core.Reports;

namespace Archive.Search.Indexing;

/// <summary>
/// What the index holds for one report; the caller (ingest, reindex) builds it from the database.
/// Region codes are six-digit GB/T 2260 codes (province "640000", prefecture "640200", county "640221");
/// missing higher levels are derived from the lower ones. <paramref name="FlagKinds"/> are the kinds of the
/// report's quality flags, so a flag-kind filter runs on the index like every other filter.
/// </summary>
public sealed record SearchDocument(
    long ReportId,
    string Text,
    string? Title,
    string? Agency,
    AgencyKind? AgencyKind,
    string? ProvinceCode,
    string? PrefectureCode,
    string? CountyCode,
    int? Year,
    DateOnly? Published,
    ReportTemplate Template,
    bool HasFlags,
    IReadOnlyList<FlagKind>? FlagKinds = null);
