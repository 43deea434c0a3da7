namespace Archive.Search;

/// <summary>Search settings, bound from the "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>The index root (generation directories and the "current" pointer).</summary>
    public string IndexPath { get; set; } = Path.Combine("index-data", "index");

    /// <summary>How often the server looks for new commits and rebuilt generations.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest page a request may ask for; larger requests are capped.</summary>
    public int MaxPageSize { get; set; } = SearchLimits.MaxPageSize;

    /// <summary>Snippets per hit when the caller does not say.</summary>
    public int SnippetCount { get; set; } = 3;

    /// <summary>
    /// How many recent search results the server keeps (0 turns the cache off). Entries are tied to the index
    /// reader they came from, so new data is never hidden by them. 4096 holds the whole Zipf load scenario's 2,014
    /// queries (p99 at 50 clients 76 → 40 ms against 1000 entries) for tens of MB.
    /// </summary>
    public int ResultCacheEntries { get; set; } = 4096;
}
