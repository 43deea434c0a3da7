namespace Archive.Search.Querying;

/// <summary>A resolver that knows no names: only region codes work in queries.</summary>
public sealed class NoRegionNames : IRegionNameResolver
{
    public static NoRegionNames Instance { get; } = new();

    public string? ResolveCode(string name) => null;
}
