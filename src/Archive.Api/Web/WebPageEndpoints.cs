using System.Globalization;
using System.Reflection;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Storage;
using Archive.Storage.Entities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Web;

/// <summary>
/// Serves the web page (Web/wwwroot, embedded in the assembly so `archive serve` needs no content folder).
/// The page talks only to /graphql and /export.
/// </summary>
public static class WebPageEndpoints
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["/"] = ("index.html", "text/html; charset=utf-8"),
        ["/app.js"] = ("app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = ("app.css", "text/css; charset=utf-8"),
        ["/favicon.svg"] = ("favicon.svg", "image/svg+xml"),
        // Browsers ask for /favicon.ico whatever the page links; they go by the content type, so the SVG serves.
        ["/favicon.ico"] = ("favicon.svg", "image/svg+xml"),
    };

    private static readonly Lazy<Dictionary<string, byte[]>> Contents = new(LoadContents);

    public static IEndpointRouteBuilder MapArchiveWebPage(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, (resource, contentType)) in Assets)
        {
            endpoints.MapGet(path, (HttpContext context) =>
            {
                // The page is small and changes with each release; revalidate rather than cache blindly.
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers["X-Content-Type-Options"] = "nosniff";
                return Results.Bytes(Contents.Value[resource], contentType);
            }).ExcludeFromDescription();
        }

        endpoints.MapGet("/reports/{id}/original", OriginalTextAsync).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>
    /// The report's file as ingested, as far as Archive keeps it: the text decoded at ingest (before normalization),
    /// as UTF-8. The original bytes (PDF, DOCX, GB18030 text) are not stored today; the page says so beside the link.
    /// </summary>
    private static async Task<IResult> OriginalTextAsync(string id, IDbContextFactory<ArchiveDbContext> contextFactory, HttpContext context)
    {
        if (GlobalId.TryDecode(id) is not { Type: GlobalId.Report } decoded
            || !long.TryParse(decoded.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var reportId))
        {
            return Results.NotFound();
        }

        await using var db = await contextFactory.CreateDbContextAsync(context.RequestAborted);
        var report = await db.Reports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new { r.FileName, r.OriginalText, r.NormalizedText }).FirstOrDefaultAsync(context.RequestAborted);
        if (report is null)
        {
            return Results.NotFound();
        }

        var name = report.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? report.FileName : report.FileName + ".txt";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return Results.File(Encoding.UTF8.GetBytes(ReportEntity.OriginalOrNormalized(report.OriginalText, report.NormalizedText)), "text/plain; charset=utf-8", name);
    }

    private static Dictionary<string, byte[]> LoadContents()
    {
        var assembly = typeof(WebPageEndpoints).Assembly;
        return Assets.Values.DistinctBy(a => a.Resource).ToDictionary(a => a.Resource, a => Read(assembly, a.Resource), StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream("ArchiveWeb/" + name)
            ?? throw new InvalidOperationException($"The web page asset {name} is not embedded in {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
