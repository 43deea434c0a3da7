using Archive.Core.Agencies;

namespace Archive.Storage.Entities;

/// <summary>A reporting government body, unique by name within its region.</summary>
public sealed class AgencyEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? RegionCode { get; set; }
    public RegionEntity? Region { get; set; }
    public required AgencyKind Kind { get; set; }
}
