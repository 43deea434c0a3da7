namespace Archive.Application.Querying;

/// <summary>Which agencies the `agencies` connection lists; conditions combine with AND.</summary>
public sealed record AgencyFilter
{
    /// <summary>A region code at any level: agencies of that region and every region below it.</summary>
    public string? RegionCode { get; init; }

    public string? Kind { get; init; }

    /// <summary>A part of the name (substring).</summary>
    public string? NameContains { get; init; }
}
