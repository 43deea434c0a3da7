using Archive.Api.Vocabulary;
using Archive.Core.Regions;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class RegionLevelGraphType : EnumerationGraphType
{
    public RegionLevelGraphType()
    {
        Name = "RegionLevel";
        Description = "GB/T 2260 administrative level.";
        Add(PublicNames.Of(RegionLevel.Province), RegionLevel.Province, "Province, autonomous region or municipality (省级); code ends in 0000.");
        Add(PublicNames.Of(RegionLevel.Prefecture), RegionLevel.Prefecture, "Prefecture-level city or equivalent (地级); code ends in 00.");
        Add(PublicNames.Of(RegionLevel.County), RegionLevel.County, "County, district or county-level city (县级).");
    }
}
