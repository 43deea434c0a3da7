using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using Archive.Api.Http;
using Archive.Api.Quality;
using Archive.Api.Vocabulary;
using Archive.Application.Quality;
using Archive.Application.Querying;
using Archive.Search.Querying;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Export;

/// <summary>What /export/quality.csv exports: the checks of the reports the filter selects, only these kinds and verdicts (all when empty).</summary>
public sealed record QualityExportRequest(ReportFilter Filter, IReadOnlyList<QualityCheckKind> Checks, IReadOnlyList<QualityVerdict> Verdicts);

/// <summary>One row: a report × a check, spelled as `report.quality` spells it.</summary>
public sealed record QualityExportRow(
    string ReportId, string? Agency, string? RegionCode, int? Year, string Template, int? Score,
    string Check, string Verdict, string Subject, double? Amount, string Detail, string EvidenceReports);

/// <summary>
/// GET /export/quality.csv: one row per report × quality check (report.quality), reports in ingest order, UTF-8 with a
/// BOM; the ReportFilter's fields as query parameters, plus <c>checks</c> (e.g. CARRY_OVER,TIMELINESS) and
/// <c>verdicts</c> (e.g. FAIL) to keep only those rows. The checks are evaluated per report (series, texts, the
/// nearest other agency's report), so a download covers at most <see cref="MaxReports"/> reports: a wider filter is
/// refused before any row.
/// </summary>
public sealed class QualityCsvEndpoint(QualityScan scan, IGraphQLTextSerializer serializer, ILogger<QualityCsvEndpoint> logger)
{
    public const int MaxReports = 10_000;

    public static IReadOnlyList<string> Columns { get; } =
        ["reportId", "agency", "regionCode", "year", "template", "score", "check", "verdict", "subject", "amount", "detail", "evidenceReports"];

    private const int FlushEveryRows = 100;

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        QualityExportRequest request;
        try
        {
            request = Parse(http.Request.Query);
            await scan.CheckSizeAsync(request.Filter, MaxReports, cancellationToken);
        }
        catch (ArchiveError error)
        {
            await CsvDownload.RefuseAsync(http, serializer, error, cancellationToken);
            return;
        }

        await CsvDownload.StreamAsync(
            http, "quality.csv", string.Join(',', Columns), Rows(request, cancellationToken), AppendCsv, FlushEveryRows,
            (rows, ex) => Log.ExportFailed(logger, rows, ex), cancellationToken);
    }

    public static QualityExportRequest Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = MetricExportQuery.ParseFilter(query);
        var checks = List(query, "checks").Select(name => PublicNames.QualityChecks.FirstOrDefault(c => string.Equals(c.Public, name, StringComparison.OrdinalIgnoreCase)) is { Public: not null } found
            ? found.Kind
            : throw ArchiveError.BadUserInput($"checks: '{name}' is not one of {string.Join(", ", PublicNames.QualityChecks.Select(c => c.Public))}")).ToList();
        var verdicts = List(query, "verdicts").Select(name => PublicNames.QualityVerdicts.FirstOrDefault(v => string.Equals(v.Public, name, StringComparison.OrdinalIgnoreCase)) is { Public: not null } found
            ? found.Verdict
            : throw ArchiveError.BadUserInput($"verdicts: '{name}' is not PASS, FAIL or UNKNOWN")).ToList();
        return new QualityExportRequest(filter, checks, verdicts);
    }

    public static void AppendCsv(StringBuilder line, QualityExportRow row)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(row);
        line.Append(CsvFormat.Text(row.ReportId)).Append(',')
            .Append(CsvFormat.Text(row.Agency)).Append(',')
            .Append(CsvFormat.Text(row.RegionCode)).Append(',')
            .Append(CsvFormat.Number(row.Year)).Append(',')
            .Append(CsvFormat.Text(row.Template)).Append(',')
            .Append(CsvFormat.Number(row.Score)).Append(',')
            .Append(CsvFormat.Text(row.Check)).Append(',')
            .Append(CsvFormat.Text(row.Verdict)).Append(',')
            .Append(CsvFormat.Text(row.Subject)).Append(',')
            .Append(row.Amount is { } amount ? CsvFormat.Number(amount) : string.Empty).Append(',')
            .Append(CsvFormat.Text(row.Detail)).Append(',')
            .Append(CsvFormat.Text(row.EvidenceReports)).Append("\r\n");
    }

    private async IAsyncEnumerable<QualityExportRow> Rows(QualityExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (report, quality) in scan.EvaluateAsync(request.Filter, cancellationToken))
        {
            foreach (var check in quality.Checks)
            {
                if ((request.Checks.Count == 0 || request.Checks.Contains(check.Kind)) && (request.Verdicts.Count == 0 || request.Verdicts.Contains(check.Verdict)))
                {
                    yield return new QualityExportRow(
                        GlobalId.Encode(GlobalId.Report, report.Id), report.AgencyName ?? report.Agency?.Name, report.RegionCode, report.Year,
                        PublicNames.Of(report.Template), quality.Score, PublicNames.Check(check.Kind), PublicNames.Verdict(check.Verdict), check.Subject,
                        check.Amount, check.Detail,
                        string.Join(' ', check.Evidence.Select(e => e.ReportId).Distinct().Select(id => GlobalId.Encode(GlobalId.Report, id))));
                }
            }
        }
    }

    private static IEnumerable<string> List(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase);
}
