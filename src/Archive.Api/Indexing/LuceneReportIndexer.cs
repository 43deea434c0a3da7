using Archive.Search;
using Archive.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Api.Indexing;

/// <summary>
/// Keeps the Lucene index in step with stored reports. The index writer is opened for one batch and closed
/// after its commit, so no process holds the write lock between batches: `archive ingest` can run while
/// `archive serve` answers (and the server's own uploads wait their turn on the lock).
/// </summary>
public sealed class LuceneReportIndexer(SearchDocumentSource documents, IOptions<SearchOptions> options) : IReportIndexer, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task IndexAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var writer = ArchiveIndexWriter.Open(options.Value.IndexPath);
            var batch = new List<SearchDocument>(reportIds.Count);
            await foreach (var document in documents.ReadAsync(reportIds, cancellationToken))
            {
                batch.Add(document);
            }

            // SmartCn analysis dominates indexing; IndexWriter takes documents from several threads at once.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            Parallel.ForEach(batch, parallel, writer.Index);
            writer.Commit();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
