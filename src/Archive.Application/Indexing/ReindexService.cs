using System.Globalization;
using Archive.Search;
using Archive.Search.Indexing;
using Archive.Storage;
using Archive.Storage.Providers;
using Microsoft.Extensions.Options;

namespace Archive.Application.Indexing;

/// <summary>
/// Rebuilds the whole index from the database into a new generation and swaps it in atomically; a running
/// server keeps answering from the old generation until its next refresh. Ingest and the mutation may go on
/// meanwhile: before the swap, holding the index's write lock, the rebuild adds every report still queued or
/// written since shortly before it began (whichever generation it went to), so none is lost with the old one.
/// </summary>
public sealed class ReindexService(
    SearchDocumentSource documents,
    IndexQueue queue,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    IOptions<StorageOptions> storage,
    ReportFeed feed)
{
    /// <summary>
    /// How far before the rebuild's start a write still counts as "during": UpdatedAt is taken before a report's
    /// transaction commits, and one report's store takes milliseconds, so a minute is a wide margin. Re-indexing
    /// the few reports in it costs little.
    /// </summary>
    private static readonly TimeSpan WriteMargin = TimeSpan.FromMinutes(1);

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.Provider == StorageProvider.PostgreSql)
        {
            return await RebuildFollowingFeedAsync(cancellationToken);
        }

        var since = clock.GetUtcNow().UtcDateTime - WriteMargin;
        List<ReportVersion> caughtUp = [];
        var (_, count) = await new IndexRebuilder(options.Value.IndexPath).RebuildAsync(
            documents.ReadAsync(null, cancellationToken),
            async (writer, ct) =>
            {
                caughtUp = await queue.PendingOrWrittenSinceAsync(since, ct);
                await foreach (var document in documents.ReadAsync([.. caughtUp.Select(v => v.Id)], ct))
                {
                    writer.Index(document);
                }
            },
            cancellationToken);

        // After the swap; a crash before this only leaves them queued, to be indexed again.
        await queue.MarkIndexedAsync(caughtUp, CancellationToken.None);
        return count;
    }

    /// <summary>
    /// On PostgreSQL the index is this node's own: the rebuild records the feed position taken before it read the
    /// first report, so the follower replays every change it may have missed (and a few it did not: harmless).
    /// </summary>
    private async Task<int> RebuildFollowingFeedAsync(CancellationToken cancellationToken)
    {
        var (position, applied) = await feed.StartAsync(cancellationToken);
        var (_, count) = await new IndexRebuilder(options.Value.IndexPath).RebuildAsync(
            documents.ReadAsync(null, cancellationToken),
            (writer, _) =>
            {
                writer.SetCommitData([.. position.ToCommitData(), new(FeedPosition.AppliedKey, applied.ToString(CultureInfo.InvariantCulture))]);
                return Task.CompletedTask;
            },
            cancellationToken);
        return count;
    }
}
