using System.Runtime.CompilerServices;
using Archive.Core.Vocabulary;
using Archive.Search.Indexing;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Indexing;

/// <summary>Reads stored reports as search documents: SQLite is the source the index is (re)built from.</summary>
public sealed class SearchDocumentSource(IDbContextFactory<ArchiveDbContext> contextFactory)
{
    private const int PageSize = 500;

    /// <summary>The given reports, or every report when <paramref name="reportIds"/> is null, in id order.</summary>
    public async IAsyncEnumerable<SearchDocument> ReadAsync(IReadOnlyCollection<long>? reportIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0L;
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var query = db.Reports.AsNoTracking().Where(r => r.Id > after);
            if (reportIds is not null)
            {
                query = query.Where(r => reportIds.Contains(r.Id));
            }

            // Keyset pages keep memory flat on a large archive.
            var page = await query.OrderBy(r => r.Id).Take(PageSize).Select(r => new SearchDocument(
                r.Id,
                r.NormalizedText,
                r.Title,
                r.AgencyName,
                r.AgencyKind,
                r.ProvinceCode,
                r.PrefectureCode,
                r.CountyCode,
                r.Year,
                r.PublishedDate,
                r.Template,
                r.Flags.Any())).ToListAsync(cancellationToken);

            // The flag kinds of the page in one more query (a collection per row needs APPLY, which SQLite lacks).
            var ids = page.Where(d => d.HasFlags).Select(d => d.ReportId).ToList();
            var kinds = (await db.QualityFlags.AsNoTracking().Where(f => ids.Contains(f.ReportId)).Select(f => new { f.ReportId, f.Kind }).Distinct()
                .ToListAsync(cancellationToken)).ToLookup(f => f.ReportId, f => f.Kind);
            foreach (var document in page)
            {
                yield return document.HasFlags ? document with { FlagKinds = [.. kinds[document.ReportId].OrderBy(k => k.StableId(), StringComparer.Ordinal)] } : document;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].ReportId;
        }
    }
}
