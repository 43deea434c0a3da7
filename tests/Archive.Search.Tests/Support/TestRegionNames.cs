using Archive.Search.Querying;

namespace Archive.Search.Tests.Support;

/// <summary>A few region names for region:name queries.</summary>
public sealed class TestRegionNames : IRegionNameResolver
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["宁夏回族自治区"] = "640000",
        ["石嘴山市"] = "640200",
        ["平罗县"] = "640221",
        ["微山县"] = "370826",
    };

    public string? ResolveCode(string name) => Codes.GetValueOrDefault(name);
}
