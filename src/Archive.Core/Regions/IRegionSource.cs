namespace Archive.Core.Regions;

/// <summary>The full list of regions to load into the database (the shipped gazetteer in production).</summary>
public interface IRegionSource
{
    IReadOnlyList<RegionInfo> GetRegions();
}
