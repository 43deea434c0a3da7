using System.Globalization;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Storage.Cells;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage;

/// <summary>Writes prepared reports: one transaction per report, idempotent by content hash.</summary>
public sealed class ReportStore(IDbContextFactory<ArchiveDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>
    /// Stores <paramref name="report"/>. The same content again is <see cref="StoreStatus.Unchanged"/>; new content
    /// from a path already stored replaces that report (<see cref="StoreStatus.Updated"/>).
    /// </summary>
    public async Task<StoreOutcome> UpsertAsync(PreparedReport report, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existing = await db.Reports.Where(r => r.ContentHash == report.ContentHash)
            .Select(r => new { r.Id, r.Indexed, HasCells = r.Cells != null }).FirstOrDefaultAsync(cancellationToken);

        // A report stored before cell states were recorded was read by an older extractor: the same content again is
        // stored again (metrics, flags and cells), so re-ingesting an old archive brings its cell states in.
        var refresh = existing is not null && !existing.HasCells && report.Cells.Count > 0;
        if (existing is not null && !refresh)
        {
            return new StoreOutcome(StoreStatus.Unchanged, existing.Id, existing.Indexed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reports = db.Reports.Include(r => r.Metrics).Include(r => r.Flags).Include(r => r.Cells).AsSplitQuery();
        var entity = refresh
            ? await reports.FirstAsync(r => r.Id == existing!.Id, cancellationToken)
            : await reports.FirstOrDefaultAsync(r => r.SourcePath == report.SourcePath, cancellationToken);
        var status = StoreStatus.Updated;
        if (entity is null)
        {
            status = StoreStatus.Added;
            entity = NewEntity(report, now);
            db.Reports.Add(entity);
        }
        else
        {
            db.Metrics.RemoveRange(entity.Metrics);
            db.QualityFlags.RemoveRange(entity.Flags);
            entity.Metrics.Clear();
            entity.Flags.Clear();
        }

        await FillAsync(db, entity, report, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoreOutcome(status, entity.Id, Indexed: false);
    }

    /// <summary>Records that the index has committed these reports.</summary>
    public async Task MarkIndexedAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Reports.Where(r => reportIds.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Indexed, true), cancellationToken);
    }

    private static ReportEntity NewEntity(PreparedReport report, DateTime now) => new()
    {
        ContentHash = report.ContentHash,
        SourcePath = report.SourcePath,
        FileName = report.Extracted.File,
        FileType = report.SourceFile.FileType,
        FileHash = report.SourceFile.FileHash,
        Encoding = report.SourceFile.Encoding,
        Template = report.Extracted.Template,
        OriginalText = report.OriginalText,
        NormalizedText = report.NormalizedText,
        IngestedAt = now,
    };

    private static async Task FillAsync(ArchiveDbContext db, ReportEntity entity, PreparedReport report, DateTime now, CancellationToken cancellationToken)
    {
        var extracted = report.Extracted;
        entity.ContentHash = report.ContentHash;
        entity.FileName = extracted.File;
        entity.FileType = report.SourceFile.FileType;
        entity.FileSize = report.SourceFile.SizeBytes;
        entity.FileHash = report.SourceFile.FileHash;
        entity.Encoding = report.SourceFile.Encoding;
        entity.Title = extracted.Title;
        entity.Year = extracted.Year;
        entity.Published = extracted.Published;
        entity.PublishedDate = DateOnly.TryParseExact(extracted.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
        entity.Template = extracted.Template;
        entity.OriginalText = report.OriginalText;
        entity.NormalizedText = report.NormalizedText;
        entity.Notes = extracted.Notes;
        entity.UpdatedAt = now;
        entity.Indexed = false;

        await SetRegionAsync(db, entity, extracted.Region?.Code, cancellationToken);
        entity.AgencyName = extracted.Agency;
        entity.AgencyKind = extracted.AgencyKind;
        entity.Agency = extracted.Agency is null
            ? null
            : await FindOrAddAgencyAsync(db, extracted.Agency, entity.RegionCode, extracted.AgencyKind ?? "other", cancellationToken);

        entity.Metrics.AddRange(report.Metrics.Select(m => new MetricEntity
        {
            Key = m.Key,
            Value = (double)m.Value,
            Unit = m.Unit,
            Origin = m.Origin,
            SourceStart = m.Start,
            SourceEnd = m.End,
            SourceText = MetricSources.CopyToStore(m.Source, report.NormalizedText, m.Start, m.End),
        }));
        entity.Flags.AddRange(extracted.Flags.Select(f => new QualityFlagEntity { Kind = f.Kind, Detail = f.Detail }));
        SetCells(db, entity, report);
    }

    /// <summary>Stores the report's cells as one blob, replacing the previous version's in place.</summary>
    private static void SetCells(ArchiveDbContext db, ReportEntity entity, PreparedReport report)
    {
        if (report.Cells.Count == 0)
        {
            if (entity.Cells is not null)
            {
                db.ReportCells.Remove(entity.Cells);
                entity.Cells = null;
            }

            return;
        }

        var data = TableCellCodec.Encode(report.Cells, report.NormalizedText);
        if (entity.Cells is null)
        {
            entity.Cells = new ReportCellsEntity { CellCount = report.Cells.Count, Data = data };
        }
        else
        {
            entity.Cells.CellCount = report.Cells.Count;
            entity.Cells.Data = data;
        }
    }

    /// <summary>Sets the region and its province/prefecture/county codes by walking the stored gazetteer.</summary>
    private static async Task SetRegionAsync(ArchiveDbContext db, ReportEntity entity, string? code, CancellationToken cancellationToken)
    {
        entity.RegionCode = entity.ProvinceCode = entity.PrefectureCode = entity.CountyCode = null;
        for (var depth = 0; code is not null && depth < 4; depth++)
        {
            var region = await db.Regions.AsNoTracking().Where(r => r.Code == code)
                .Select(r => new { r.Code, r.Level, r.ParentCode }).FirstOrDefaultAsync(cancellationToken);
            if (region is null)
            {
                // Unknown codes are not stored: a wrong region is worse than none.
                return;
            }

            entity.RegionCode ??= region.Code;
            switch (region.Level)
            {
                case RegionLevels.Province:
                    entity.ProvinceCode = region.Code;
                    break;
                case RegionLevels.Prefecture:
                    entity.PrefectureCode = region.Code;
                    break;
                case RegionLevels.County:
                    entity.CountyCode = region.Code;
                    break;
            }

            code = region.ParentCode;
        }
    }

    private static async Task<AgencyEntity> FindOrAddAgencyAsync(ArchiveDbContext db, string name, string? regionCode, string kind, CancellationToken cancellationToken)
    {
        var agency = db.Agencies.Local.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal) && string.Equals(a.RegionCode, regionCode, StringComparison.Ordinal))
            ?? await db.Agencies.FirstOrDefaultAsync(a => a.Name == name && a.RegionCode == regionCode, cancellationToken);
        if (agency is null)
        {
            agency = new AgencyEntity { Name = name, RegionCode = regionCode, Kind = kind };
            db.Agencies.Add(agency);
        }

        return agency;
    }
}

public enum StoreStatus
{
    Added,
    Updated,
    Unchanged,
}

/// <param name="Indexed">Whether the search index already holds this version.</param>
public sealed record StoreOutcome(StoreStatus Status, long ReportId, bool Indexed);
