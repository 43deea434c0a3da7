using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.Vocabulary;
using Archive.Application.Querying;
using Archive.Core.Regions;
using Archive.Core.Vocabulary;
using Archive.Search.Querying;

namespace Archive.Api.Export;

/// <summary>A started export: the number of all matches, and the rows (at most the request's limit), read as they are enumerated.</summary>
public sealed record SearchExport(int TotalCount, IAsyncEnumerable<SearchExportRow> Rows);

/// <summary>What /export/search.csv and `archive export search` export: every hit of a search, in its order, up to <paramref name="Limit"/>.</summary>
public sealed record SearchExportRequest(string Query, ReportFilter Filter, SearchSort Order, int Limit);

/// <summary>
/// One hit of the search export, spelled as the metrics export spells a report (global <c>reportId</c>, <c>agency</c>,
/// the region's own name, <c>V2019</c>); <c>Snippet</c> is the first snippet as plain text, without marks.
/// </summary>
public sealed record SearchExportRow(
    int Rank, string ReportId, double Score, string? Title, string? Agency, string? AgencyKind, string? RegionCode, string? RegionName, int? Year,
    string Template, string? Published, string FileName, string? Snippet);

/// <summary>
/// The rows of /export/search.csv and `archive export search`: page by page (100 hits: ids, scores and the first
/// snippet from the index through the cursor, then one batch read of their reports), so memory stays that of one
/// page however many hits are written. Both surfaces write them through <see cref="AppendCsv"/>.
/// </summary>
public static class SearchExportRows
{
    /// <summary>
    /// The most hits one export writes. Each page is a search of its own (every match scored again), so a deeper
    /// export costs pages × one search; 100,000 is the whole archive this project is sized for.
    /// </summary>
    public const int MaxHits = 100_000;

    private const int PageSize = 100;

    public static IReadOnlyList<string> Columns { get; } =
        ["rank", "reportId", "score", "title", "agency", "agencyKind", "regionCode", "regionName", "year", "template", "published", "fileName", "snippet"];

    public static string Header { get; } = string.Join(',', Columns);

    /// <summary>
    /// Runs the first page, so a bad query fails before anything is written and the number of matches is known;
    /// the rows then come page by page as they are read.
    /// </summary>
    /// <exception cref="SearchSyntaxException">The query is not valid search syntax.</exception>
    public static async Task<SearchExport> StartAsync(IReportSearch search, ReportReader reports, SearchExportRequest request, CancellationToken cancellationToken)
    {
        var first = await PageAsync(search, reports, request, after: null, written: 0, cancellationToken);
        return new SearchExport(first.Index.TotalHits, Rows(search, reports, request, first, cancellationToken));
    }

    private static Task<ReportSearchResult> PageAsync(IReportSearch search, ReportReader reports, SearchExportRequest request, string? after, int written, CancellationToken cancellationToken) =>
        search.SearchReportsAsync(
            reports,
            new SearchRequest(request.Query, request.Filter, request.Order, Math.Min(PageSize, request.Limit - written), after, SnippetCount: 1)
            {
                UseResultCache = false,
            },
            cancellationToken);

    /// <summary>The hits in order; ranks run on across pages. A hit whose report vanished meanwhile is left out.</summary>
    private static async IAsyncEnumerable<SearchExportRow> Rows(
        IReportSearch search, ReportReader reports, SearchExportRequest request, ReportSearchResult firstPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rank = 0;
        var page = firstPage;
        while (true)
        {
            if (page.Index.Hits.Count == 0)
            {
                yield break;
            }

            foreach (var (hit, report) in page.Hits)
            {
                yield return new SearchExportRow(
                    ++rank, GlobalId.Encode(GlobalId.Report, hit.ReportId), hit.Score, report.Title, report.AgencyName, report.AgencyKind?.StableId(),
                    report.RegionCode, RegionName(report.RegionCode), report.Year, PublicNames.Of(report.Template), report.Published,
                    report.FileName, hit.Snippets.Count > 0 ? hit.Snippets[0].Text : null);
            }

            if (page.Index.NextCursor is not { } after || rank >= request.Limit)
            {
                yield break;
            }

            page = await PageAsync(search, reports, request, after, rank, cancellationToken);
        }
    }

    /// <summary>Appends <paramref name="row"/> as one CSV line (CRLF-terminated, RFC 4180).</summary>
    public static StringBuilder AppendCsv(StringBuilder line, SearchExportRow row) => line
        .Append(row.Rank.ToString(CultureInfo.InvariantCulture)).Append(',')
        .Append(row.ReportId).Append(',')
        .Append(CsvFormat.Number(row.Score)).Append(',')
        .Append(CsvFormat.Text(row.Title)).Append(',')
        .Append(CsvFormat.Text(row.Agency)).Append(',')
        .Append(CsvFormat.Text(row.AgencyKind)).Append(',')
        .Append(CsvFormat.Text(row.RegionCode)).Append(',')
        .Append(CsvFormat.Text(row.RegionName)).Append(',')
        .Append(CsvFormat.Number(row.Year)).Append(',')
        .Append(CsvFormat.Text(row.Template)).Append(',')
        .Append(CsvFormat.Text(row.Published)).Append(',')
        .Append(CsvFormat.Text(row.FileName)).Append(',')
        .Append(CsvFormat.Text(row.Snippet)).Append("\r\n");

    /// <summary>The region's own name (平罗县), as the metrics export's regionName; null when the code is not in the gazetteer.</summary>
    private static string? RegionName(string? code) => code is null ? null : RegionGazetteer.Default.Find(code)?.Name;
}
