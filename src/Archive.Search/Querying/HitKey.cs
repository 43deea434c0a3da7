namespace Archive.Search.Querying;

/// <summary>A hit's position in the result order: the sort key, then the ReportId tiebreak; both ascending.</summary>
internal readonly record struct HitKey(long Primary, long ReportId);
