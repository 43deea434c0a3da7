namespace Archive.Search.Querying;

/// <summary>Resolves a region name typed in a query (region:平罗县) to its GB/T 2260 code.</summary>
public interface IRegionNameResolver
{
    /// <summary>The six-digit code of <paramref name="name"/>, or null when the name is unknown or ambiguous.</summary>
    string? ResolveCode(string name);
}
