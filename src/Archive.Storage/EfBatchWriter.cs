using System.Globalization;
using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Storage.Cells;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage;

/// <summary>
/// <see cref="ReportStore.StoreBatchAsync"/> on PostgreSQL: the rows <see cref="BatchWriter"/> writes on SQLite, written
/// through the EF model (so this path follows the model's changes), one SaveChanges per report on the batch's one
/// transaction, so a later report of the batch sees the earlier ones exactly as on SQLite. The metric rows (~130 a
/// report, nearly all the rows) go by binary COPY at the end of the batch (<see cref="ModelCopy"/>, columns from the
/// model): through SaveChanges they made the store 8x SQLite's time (150 reports: 13.6 s against 1.7 s).
/// </summary>
internal sealed class EfBatchWriter(ArchiveDbContext db, Dictionary<string, (RegionLevel Level, string? Parent)> regions, DateTime now)
{
    private readonly Dictionary<(string Name, string? Region), long> _agencies = [];
    private readonly List<MetricEntity> _metrics = [];
    private readonly List<long> _changed = [];
    private readonly List<(string Name, string? Region)> _agenciesOfReport = [];
    private Dictionary<string, int>? _keyIds;

    public async Task<StoredReport> StoreAsync(PreparedReport report, CancellationToken cancellationToken)
    {
        _agenciesOfReport.Clear();
        var existing = await db.Reports.AsNoTracking().Where(r => r.ContentHash == report.ContentHash)
            .Select(r => new { r.Id, r.Indexed, HasCells = r.Cells != null }).FirstOrDefaultAsync(cancellationToken);

        // As BatchWriter: the same content stored before cell states were recorded is stored again with its cells.
        var refresh = existing is not null && !existing.HasCells && report.Cells.Count > 0;
        if (existing is not null && !refresh)
        {
            return new StoredReport(new StoreOutcome(StoreStatus.Unchanged, existing.Id, existing.Indexed), default, null, null, null, null);
        }

        var atPath = refresh
            ? null
            : await db.Reports.AsNoTracking().Where(r => r.SourcePath == report.SourcePath)
                .Select(r => new { r.Id, r.ContentHash, r.Indexed }).FirstOrDefaultAsync(cancellationToken);

        // Read Committed gives each statement its own snapshot: another writer storing the same file may commit between the
        // content query above and this one, so the path now shows that writer's row with this very content. It is the same
        // report, unchanged, not an update (a CI run of two writers on the same 24 files counted 23 unchanged, 1 updated).
        if (atPath is not null && atPath.ContentHash == report.ContentHash)
        {
            return new StoredReport(new StoreOutcome(StoreStatus.Unchanged, atPath.Id, atPath.Indexed), default, null, null, null, null);
        }

        var extracted = report.Extracted;
        var (region, province, prefecture, county) = BatchWriter.WalkRegion(regions, extracted.Region?.Code);
        var published = DateOnly.TryParseExact(extracted.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : (DateOnly?)null;
        long? agencyId = extracted.Agency is null ? null : await AgencyAsync(extracted.Agency, region, extracted.AgencyKind ?? AgencyKind.Other, cancellationToken);
        // Before the report's row is tracked: adding a key saves and clears the change tracker.
        var keyIds = await KeyIdsAsync(report.Metrics.Select(m => m.Key), cancellationToken);

        var targetId = refresh ? existing!.Id : atPath?.Id;
        ReportEntity row;
        StoreStatus status;
        if (targetId is null)
        {
            status = StoreStatus.Added;
            row = new ReportEntity
            {
                SourcePath = report.SourcePath,
                IngestedAt = now,
                ContentHash = report.ContentHash,
                FileName = extracted.File,
                FileType = report.SourceFile.FileType,
                FileHash = report.SourceFile.FileHash,
                Encoding = report.SourceFile.Encoding,
                Template = extracted.Template,
                OriginalText = StoredText.EncodeOriginal(report.OriginalText, report.NormalizedText),
                NormalizedText = report.NormalizedText,
            };
            db.Reports.Add(row);
        }
        else
        {
            status = StoreStatus.Updated;
            row = await db.Reports.Include(r => r.Cells).SingleAsync(r => r.Id == targetId.Value, cancellationToken);
            await db.Metrics.Where(m => m.ReportId == row.Id).ExecuteDeleteAsync(cancellationToken);
            await db.QualityFlags.Where(f => f.ReportId == row.Id).ExecuteDeleteAsync(cancellationToken);
            row.ContentHash = report.ContentHash;
            row.FileName = extracted.File;
            row.FileType = report.SourceFile.FileType;
            row.FileHash = report.SourceFile.FileHash;
            row.Encoding = report.SourceFile.Encoding;
            row.Template = extracted.Template;
            row.OriginalText = StoredText.EncodeOriginal(report.OriginalText, report.NormalizedText);
            row.NormalizedText = report.NormalizedText;
        }

        row.FileSize = report.SourceFile.SizeBytes;
        row.Title = extracted.Title;
        row.Year = extracted.Year;
        row.Published = extracted.Published;
        row.PublishedDate = published;
        row.Notes = extracted.Notes;
        row.UpdatedAt = now;
        row.Indexed = false;
        row.RegionCode = region;
        row.ProvinceCode = province;
        row.PrefectureCode = prefecture;
        row.CountyCode = county;
        row.AgencyName = extracted.Agency;
        row.AgencyKind = extracted.AgencyKind;
        row.AgencyId = agencyId;
        var metrics = report.Metrics.Select((m, i) => new MetricEntity
        {
            Ordinal = i,
            KeyId = keyIds[m.Key],
            Value = (double)m.Value,
            Unit = m.Unit,
            Origin = m.Origin,
            SourceStart = m.Start,
            SourceEnd = m.End,
            SourceText = MetricSources.CopyToStore(m.Source, report.NormalizedText, m.Start, m.End),
        }).ToList();
        row.Flags = [.. extracted.Flags.Select(f => new QualityFlagEntity { Kind = f.Kind, Detail = f.Detail })];
        if (report.Cells.Count > 0)
        {
            var data = TableCellCodec.Encode(report.Cells, report.NormalizedText);
            if (row.Cells is { } cells)
            {
                cells.CellCount = report.Cells.Count;
                cells.Data = data;
            }
            else
            {
                row.Cells = new ReportCellsEntity { CellCount = report.Cells.Count, Data = data };
            }
        }
        else if (row.Cells is not null)
        {
            db.ReportCells.Remove(row.Cells);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        _metrics.RemoveAll(m => m.ReportId == row.Id);
        _changed.Add(row.Id);
        foreach (var metric in metrics)
        {
            metric.ReportId = row.Id;
        }

        _metrics.AddRange(metrics);
        return new StoredReport(new StoreOutcome(status, row.Id, Indexed: false), now, province, prefecture, county, published);
    }

    /// <summary>
    /// Forgets what the last <see cref="StoreAsync"/> cached before it failed: its savepoint was rolled back, so an
    /// agency or metric key it inserted is gone again. (Two workers adding the same new metric key meet on its unique
    /// index as on a report's hash: the second's report is stored again and then finds the first's key.)
    /// </summary>
    public void ForgetFailedReport()
    {
        _keyIds = null;
        foreach (var key in _agenciesOfReport)
        {
            _agencies.Remove(key);
        }

        _agenciesOfReport.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>Writes the batch's metric rows and change-feed entries; call once after the last report, before the commit.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await ModelCopy.CopyAsync(db, _metrics, cancellationToken);
        _metrics.Clear();
        if (_changed.Count > 0)
        {
            // One entry per stored report, in store order; Number is the identity, Xid the column default (the writing
            // transaction, see the migration), so the feed's order within the batch is the order reports were stored.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"ReportChanges\" (\"ReportId\", \"ChangedAt\") SELECT id, {1} FROM unnest({0}) WITH ORDINALITY AS c(id, n) ORDER BY n",
                [_changed.ToArray(), now],
                cancellationToken);
            _changed.Clear();
        }
    }

    /// <summary>
    /// The MetricKeys ids of <paramref name="keys"/>, the ones not stored yet added (as <see cref="BatchWriter"/>: the
    /// known keys read once per batch, ids added on the batch's transaction cached for this batch only).
    /// </summary>
    private async Task<Dictionary<string, int>> KeyIdsAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        _keyIds ??= await db.MetricKeys.AsNoTracking().ToDictionaryAsync(k => k.Key, k => k.Id, StringComparer.Ordinal, cancellationToken);
        var missing = keys.Where(k => !_keyIds.ContainsKey(k)).Distinct(StringComparer.Ordinal).Select(k => new MetricKeyEntity { Key = k }).ToList();
        if (missing.Count > 0)
        {
            db.MetricKeys.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var key in missing)
            {
                _keyIds[key.Key] = key.Id;
            }
        }

        return _keyIds;
    }

    private async Task<long> AgencyAsync(string name, string? regionCode, AgencyKind kind, CancellationToken cancellationToken)
    {
        if (_agencies.TryGetValue((name, regionCode), out var known))
        {
            return known;
        }

        var id = await db.Agencies.AsNoTracking().Where(a => a.Name == name && a.RegionCode == regionCode).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            var agency = new AgencyEntity { Name = name, RegionCode = regionCode, Kind = kind };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            id = agency.Id;
            _agenciesOfReport.Add((name, regionCode));
        }

        _agencies[(name, regionCode)] = id.Value;
        return id.Value;
    }
}
