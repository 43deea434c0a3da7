namespace Archive.Api.Querying;

/// <summary>A hit's place in the ranking: score, then report id as the tie-break.</summary>
public sealed record SearchPosition(double Score, long ReportId);
