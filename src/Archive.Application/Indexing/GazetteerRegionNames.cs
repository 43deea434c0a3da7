using Archive.Core.Regions;
using Archive.Search.Querying;

namespace Archive.Application.Indexing;

/// <summary>Lets `region:平罗县` (or 平罗, 宁夏) in a search query mean the region's code; ambiguous names resolve to nothing.</summary>
internal sealed class GazetteerRegionNames : IRegionNameResolver
{
    public string? ResolveCode(string name) => RegionGazetteer.Default.FindByName(name) is [var only] ? only.Code : null;
}
