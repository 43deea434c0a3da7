namespace Archive.Api.Querying;

/// <summary>A report's metadata as served (the texts are loaded separately, only when asked for).</summary>
public sealed record ReportView
{
    public long Id { get; init; }
    public string? Title { get; init; }
    public AgencyView? Agency { get; init; }

    /// <summary>The agency name as extracted, kept even if no agency row exists.</summary>
    public string? AgencyName { get; init; }

    public string? AgencyKind { get; init; }
    public string? RegionCode { get; init; }
    public int? Year { get; init; }
    public string? Published { get; init; }
    public DateOnly? PublishedDate { get; init; }
    public required string Template { get; init; }
    public required string FileName { get; init; }
    public DateTime IngestedAt { get; init; }
}
