using Archive.Core.Regions;

namespace Archive.Application;

/// <summary>The shipped GB/T 2260 gazetteer (src/Archive.Core/Regions/regions.tsv) as the Region table's content.</summary>
internal sealed class GazetteerRegionSource : IRegionSource
{
    public IReadOnlyList<RegionInfo> GetRegions() => RegionGazetteer.Default.All;
}
