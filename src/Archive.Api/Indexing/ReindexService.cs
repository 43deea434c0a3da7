using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Api.Indexing;

/// <summary>
/// Rebuilds the whole index from the database into a new generation and swaps it in atomically; a running
/// server keeps answering from the old generation until its next refresh. Run it while no ingest runs.
/// </summary>
public sealed class ReindexService(SearchDocumentSource documents, IDbContextFactory<ArchiveDbContext> contextFactory, IOptions<SearchOptions> options)
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var (_, count) = await new IndexRebuilder(options.Value.IndexPath).RebuildAsync(documents.ReadAsync(null, cancellationToken), cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Reports.Where(r => !r.Indexed).ExecuteUpdateAsync(s => s.SetProperty(r => r.Indexed, true), cancellationToken);
        return count;
    }
}
