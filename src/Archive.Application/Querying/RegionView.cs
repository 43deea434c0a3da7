using Archive.Core.Regions;

namespace Archive.Application.Querying;

/// <summary>A GB/T 2260 region with its ancestors (province first), so parent and full path need no further query.</summary>
public sealed record RegionView(string Code, string Name, RegionLevel Level, string? ParentCode, IReadOnlyList<RegionView> Ancestors)
{
    public RegionView? Parent => Ancestors.Count == 0 ? null : Ancestors[^1];

    /// <summary>The province down to this region.</summary>
    public IReadOnlyList<RegionView> Path => [.. Ancestors, this];
}
