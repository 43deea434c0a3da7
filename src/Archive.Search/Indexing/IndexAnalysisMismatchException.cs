namespace Archive.Search.Indexing;

/// <summary>The index was built with another analysis version: it must be rebuilt (<c>archive reindex</c>).</summary>
public sealed class IndexAnalysisMismatchException(string indexPath, string? found)
    : Exception($"The search index at {indexPath} was built with analysis version '{found ?? "unknown"}', " +
        $"this build uses '{Archive.Search.Analysis.AnalysisVersion.Current}': reindex needed (run `archive reindex`).")
{
    public string IndexPath { get; } = indexPath;

    public string? FoundVersion { get; } = found;
}
