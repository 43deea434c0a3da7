namespace Archive.Core.Regions;

/// <summary>One GB/T 2260 region of the gazetteer.</summary>
/// <param name="Code">Six-digit code (440000, 440100, 440103).</param>
/// <param name="ParentCode">The code of the enclosing region; null for a province.</param>
public sealed record RegionInfo(string Code, string Name, string? ParentCode, RegionLevel Level);
