using Archive.Search;
using Archive.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Api.Indexing;

/// <summary>
/// Keeps the Lucene index in step with stored reports during ingest. Owns the process's one index writer,
/// opened on first use (so commands that never index never take the write lock) and committed per batch.
/// </summary>
public sealed class LuceneReportIndexer(SearchDocumentSource documents, IOptions<SearchOptions> options) : IReportIndexer, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ArchiveIndexWriter? _writer;

    public async Task IndexAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _writer ??= ArchiveIndexWriter.Open(options.Value.IndexPath);
            await foreach (var document in documents.ReadAsync(reportIds, cancellationToken))
            {
                _writer.Index(document);
            }

            _writer.Commit();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _gate.Dispose();
    }
}
