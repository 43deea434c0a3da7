namespace Archive.Search.Indexing;

/// <summary>
/// Rebuilds the whole index into a new generation directory, merged into one segment, and swaps it in atomically; a running
/// <see cref="Querying.ArchiveSearcher"/> keeps answering from the old generation and moves to the new one at
/// its next refresh. Ingest must not write to the index root while a rebuild runs (its writes would go to the
/// old generation).
/// </summary>
public sealed class IndexRebuilder(string indexRoot)
{
    /// <summary>Indexes <paramref name="documents"/> into a new generation, then makes it the live one.</summary>
    /// <returns>The new generation's path and the number of documents indexed.</returns>
    public async Task<(string GenerationPath, int Count)> RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var generation = IndexGenerations.CreateNext(indexRoot);
        int count;
        try
        {
            using var writer = ArchiveIndexWriter.Create(generation);
            count = await writer.IndexAllAsync(documents, cancellationToken).ConfigureAwait(false);

            // Published as one segment: a search then looks each term up once rather than once per segment, and
            // SearchSlices still spreads it over all cores. Measured on 100k reports: 13 s on top of a 200 s rebuild;
            // faceted searches p50 3.0–3.3 ms against 4.7–6.0 ms in the 22 segments the writer left.
            cancellationToken.ThrowIfCancellationRequested();
            writer.MergeIntoOneSegment();
        }
        catch
        {
            TryDelete(generation);
            throw;
        }

        IndexGenerations.Publish(indexRoot, generation);
        IndexGenerations.DeleteStale(indexRoot);
        return (generation, count);
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next rebuild's stale cleanup.
        }
    }
}
