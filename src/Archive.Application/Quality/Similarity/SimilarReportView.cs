namespace Archive.Application.Quality.Similarity;

/// <summary>A report of another agency in the same year and how much of the asked report's prose it holds.</summary>
/// <param name="ReportId">The asked report.</param>
/// <param name="OtherId">The other agency's report.</param>
/// <param name="Share">The share (0 to 1) of the asked report's prose shingles found in the other's (exact, from both texts).</param>
/// <param name="Shared">Shingles of the asked report found in the other's.</param>
/// <param name="Shingles">The asked report's prose shingles.</param>
/// <param name="Passages">The shared passages (consecutive sentences repeated nearly whole), longest first, as printed in the asked report.</param>
public sealed record SimilarReportView(long ReportId, long OtherId, double Share, int Shared, int Shingles, IReadOnlyList<string> Passages);

/// <summary>What the copy check knows of a report: not comparable (no year, too little prose), or its nearest report of another agency (null when none shares a band).</summary>
public sealed record SimilarOtherResult(bool Comparable, string? Reason, SimilarReportView? Nearest);
