namespace Archive.Core.Regions;

/// <summary>GB/T 2260 levels: province (2 significant digits), prefecture (4), county (6).</summary>
public static class RegionLevels
{
    public const string Province = "province";
    public const string Prefecture = "prefecture";
    public const string County = "county";
}
