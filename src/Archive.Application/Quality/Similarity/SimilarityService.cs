using System.Diagnostics;
using Archive.Application.Querying;
using Archive.Core.Agencies;
using Archive.Core.Configuration;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Application.Quality.Similarity;

/// <summary>
/// Cross-agency copy detection (issue 24): keeps a MinHash signature of every stored report's prose in
/// <see cref="SignatureFile"/> (computed at ingest, see <see cref="CatchUpAsync"/>), an in-memory
/// <see cref="SimilarityIndex"/> over them, and compares the best candidates exactly (both texts' shingles).
/// </summary>
public sealed partial class SimilarityService(
    ReadContextPool contexts,
    ReportReader reports,
    RegionDirectory regions,
    AgencyNameNormalizer normalizer,
    IOptions<ArchiveOptions> options,
    TimeProvider time,
    ILogger<SimilarityService> logger) : IDisposable
{
    /// <summary>Candidates compared exactly per lookup (beyond the ones asked for): the estimate ranks them, the texts decide.</summary>
    public const int ExtraCandidates = 4;

    private const int SignBatch = 256;
    private static readonly TimeSpan StampInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SimilarityIndex? _index;
    private (int Count, long MaxId) _stamp;
    private DateTimeOffset _stampCheckedAt = DateTimeOffset.MinValue;

    public string FilePath => Path.Combine(Path.GetFullPath(options.Value.DataDirectory), SignatureFile.FileName);

    /// <summary>
    /// Signs every stored report version that has no signature in the file yet (texts read in batches, shingled on
    /// all cores), drops signatures of reports no longer stored, and rebuilds the in-memory index.
    /// </summary>
    /// <returns>How many reports were signed.</returns>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The current index: built on first use, rebuilt when reports were added or removed since (checked at most once a second).</summary>
    public async Task<SimilarityIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_index is { } index && now - _stampCheckedAt < StampInterval)
        {
            return index;
        }

        var stamp = await StampAsync(cancellationToken);
        _stampCheckedAt = now;
        if (_index is { } current && stamp == _stamp)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_index is null || stamp != _stamp)
            {
                await CatchUpLockedAsync(cancellationToken);
            }

            return _index!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The reports of other agencies in the same year nearest to <paramref name="reportId"/>, by exact share of its
    /// prose, at most <paramref name="first"/>; empty when it has no year or too little prose.
    /// </summary>
    public async Task<IReadOnlyList<SimilarReportView>> FindAsync(long reportId, int first, CancellationToken cancellationToken)
    {
        var index = await CurrentAsync(cancellationToken);
        var candidates = index.Candidates(reportId, first + ExtraCandidates);
        if (candidates.Count == 0 || first <= 0)
        {
            return [];
        }

        var texts = await reports.GetTextsAsync([reportId, .. candidates.Select(c => c.ReportId)], cancellationToken);
        return Compare(reportId, texts, candidates.Select(c => c.ReportId), first);
    }

    /// <summary>What the COPIED_FROM_OTHER check reads: whether the report can be compared, and its nearest other-agency report.</summary>
    public async Task<SimilarOtherResult> NearestAsync(long reportId, CancellationToken cancellationToken)
    {
        var index = await CurrentAsync(cancellationToken);
        if (!index.Contains(reportId))
        {
            return new SimilarOtherResult(false, "not signed yet", null);
        }

        if (!index.IsComparable(reportId))
        {
            var shingles = index.Signature(reportId)!.Shingles;
            return new SimilarOtherResult(false, shingles < ReportProse.MinimumShingles ? $"too little prose to compare ({shingles} shingles, {ReportProse.MinimumShingles} needed)" : "no year", null);
        }

        var nearest = await FindAsync(reportId, 1, cancellationToken);
        return new SimilarOtherResult(true, null, nearest.Count > 0 ? nearest[0] : null);
    }

    /// <summary>The exact shares of <paramref name="reportId"/>'s prose in each candidate's, best first.</summary>
    public static IReadOnlyList<SimilarReportView> Compare(long reportId, IReadOnlyDictionary<long, string> texts, IEnumerable<long> candidates, int first)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!texts.TryGetValue(reportId, out var text))
        {
            return [];
        }

        var prose = ReportProse.Of(text);
        var results = new List<SimilarReportView>();
        foreach (var other in candidates)
        {
            if (texts.TryGetValue(other, out var otherText))
            {
                var (share, shared, passages) = prose.RepeatedFrom(ReportProse.Of(otherText).ShingleSet());
                results.Add(new SimilarReportView(reportId, other, share, shared, prose.Shingles.Length, passages));
            }
        }

        return [.. results.OrderByDescending(r => r.Share).ThenBy(r => r.OtherId).Take(first)];
    }

    /// <summary>The signature of a text (distinct prose shingles).</summary>
    public static ReportSignature Sign(long reportId, long updatedTicks, string text)
    {
        var shingles = ReportProse.Of(text).ShingleSet();
        return new ReportSignature(reportId, updatedTicks, shingles.Count, MinHash.Of(shingles));
    }

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var rows = await contexts.ReadAsync(
            (db, ct) => db.Reports.AsNoTracking()
                .Select(r => new Row(r.Id, r.UpdatedAt, r.Year, r.RegionCode, r.AgencyName, r.Agency == null ? null : r.Agency.Name))
                .ToListAsync(ct),
            cancellationToken);
        var path = FilePath;
        var kept = SignatureFile.Read(path, out var records);
        var missing = rows.Where(r => !kept.TryGetValue(r.Id, out var s) || s.UpdatedTicks != r.UpdatedAt.Ticks).ToList();
        foreach (var chunk in missing.Chunk(SignBatch))
        {
            var texts = await reports.GetTextsAsync([.. chunk.Select(r => r.Id)], cancellationToken);
            var signed = new ReportSignature[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                signed[i] = Sign(chunk[i].Id, chunk[i].UpdatedAt.Ticks, texts.GetValueOrDefault(chunk[i].Id, string.Empty)));
            SignatureFile.Append(path, signed);
            records += signed.Length;
            foreach (var signature in signed)
            {
                kept[signature.ReportId] = signature;
            }
        }

        var stored = rows.Select(r => r.Id).ToHashSet();
        if (records > 2 * stored.Count && stored.Count > 0)
        {
            SignatureFile.Rewrite(path, [.. kept.Values.Where(s => stored.Contains(s.ReportId))]);
        }

        var regionsByCode = await regions.GetByCodeAsync(cancellationToken);
        var entries = new List<SimilarityEntry>(rows.Count);
        foreach (var row in rows)
        {
            var name = string.IsNullOrWhiteSpace(row.AgencyName) ? row.AgencyEntityName : row.AgencyName;
            IReadOnlyList<string> regionNames = row.RegionCode is { } code && regionsByCode.TryGetValue(code, out var region) ? [.. region.Path.Select(p => p.Name)] : [];
            var agency = string.IsNullOrWhiteSpace(name) ? null : normalizer.Normalize(name, regionNames).Name;
            entries.Add(new SimilarityEntry(kept[row.Id], row.Year, row.RegionCode, agency));
        }

        _index = new SimilarityIndex(entries);
        _stamp = (rows.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Id));
        LogCaughtUp(logger, missing.Count, rows.Count, clock.Elapsed.TotalMilliseconds);
        return missing.Count;
    }

    private Task<(int Count, long MaxId)> StampAsync(CancellationToken cancellationToken) =>
        // Both come from indexes (the rowid and the smallest index): no report row is read.
        contexts.ReadAsync(
            async (db, ct) => (await db.Reports.CountAsync(ct), await db.Reports.MaxAsync(r => (long?)r.Id, ct) ?? 0),
            cancellationToken);

    public void Dispose() => _gate.Dispose();

    private sealed record Row(long Id, DateTime UpdatedAt, int? Year, string? RegionCode, string? AgencyName, string? AgencyEntityName);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Similarity signatures: {Signed} signed, {Total} reports in the index, {Milliseconds:F0} ms")]
    private static partial void LogCaughtUp(ILogger logger, int signed, int total, double milliseconds);
}
