using Archive.Core.Regions;

namespace Archive.Storage.Entities;

/// <summary>A GB/T 2260 region: province, prefecture or county.</summary>
public sealed class RegionEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public RegionEntity? Parent { get; set; }
    public required RegionLevel Level { get; set; }
}
