using Archive.Core.Vocabulary;

namespace Archive.Core.Regions;

/// <summary>GB/T 2260 levels: province (2 significant digits), prefecture (4), county (6).</summary>
public enum RegionLevel
{
    [StableId("province")]
    Province,

    [StableId("prefecture")]
    Prefecture,

    [StableId("county")]
    County,
}
