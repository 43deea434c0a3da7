namespace Archive.Search.Indexing;

/// <summary>
/// Rebuilds the whole index into a new generation directory, merged into one segment, and swaps it in atomically; a running
/// <see cref="Querying.ArchiveSearcher"/> keeps answering from the old generation and moves to the new one at
/// its next refresh. Writers may go on writing the live generation while the rebuild reads: before the swap,
/// the rebuild takes the index's write lock and a catch-up callback adds what was written meanwhile, so
/// nothing written during the rebuild is lost with the old generation. One rebuild at a time (a lock file).
/// </summary>
public sealed class IndexRebuilder(string indexRoot)
{
    /// <summary>Indexes <paramref name="documents"/> into a new generation, then makes it the live one.</summary>
    /// <returns>The new generation's path and the number of documents indexed.</returns>
    public Task<(string GenerationPath, int Count)> RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken) =>
        RebuildAsync(documents, catchUp: null, cancellationToken);

    /// <summary>
    /// Indexes <paramref name="documents"/> into a new generation; then, holding the index's write lock (no other
    /// writer until the swap), lets <paramref name="catchUp"/> write into the new generation whatever changed
    /// while the documents were read, and makes it the live one.
    /// </summary>
    public async Task<(string GenerationPath, int Count)> RebuildAsync(
        IAsyncEnumerable<SearchDocument> documents,
        Func<ArchiveIndexWriter, CancellationToken, Task>? catchUp,
        CancellationToken cancellationToken)
    {
        using var rebuilding = await IndexWriteLock.AcquireAsync(indexRoot, cancellationToken, IndexWriteLock.RebuildFileName).ConfigureAwait(false);
        string generation;
        using (await IndexWriteLock.AcquireAsync(indexRoot, cancellationToken).ConfigureAwait(false))
        {
            // Numbered under the write lock: a first writer may be creating generation 1 at the same moment.
            generation = IndexGenerations.CreateNext(indexRoot);
        }

        int count;
        IndexWriteLock? writeLock = null;
        try
        {
            var writer = ArchiveIndexWriter.Create(generation);
            try
            {
                count = await writer.IndexAllAsync(documents, cancellationToken).ConfigureAwait(false);

                // Published as one segment: a search then looks each term up once rather than once per segment, and
                // SearchSlices still spreads it over all cores. Measured on 100k reports: 13 s on top of a 200 s rebuild;
                // faceted searches p50 3.0–3.3 ms against 4.7–6.0 ms in the 22 segments the writer left.
                cancellationToken.ThrowIfCancellationRequested();
                writer.MergeIntoOneSegment();

                writeLock = await IndexWriteLock.AcquireAsync(indexRoot, cancellationToken).ConfigureAwait(false);
                if (catchUp is not null)
                {
                    await catchUp(writer, cancellationToken).ConfigureAwait(false);
                    writer.Commit();
                }
            }
            finally
            {
                // Closed before the swap: once published, the next holder of the write lock opens its own writer here.
                writer.Dispose();
            }
        }
        catch
        {
            writeLock?.Dispose();
            TryDelete(generation);
            throw;
        }

        try
        {
            IndexGenerations.Publish(indexRoot, generation);
        }
        finally
        {
            writeLock.Dispose();
        }

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
