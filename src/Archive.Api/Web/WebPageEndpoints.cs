using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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

        return endpoints;
    }

    private static Dictionary<string, byte[]> LoadContents()
    {
        var assembly = typeof(WebPageEndpoints).Assembly;
        return Assets.Values.ToDictionary(a => a.Resource, a => Read(assembly, a.Resource), StringComparer.Ordinal);
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
