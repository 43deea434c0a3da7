using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Http;

/// <summary>
/// GraphiQL for browsers at GET /graphql (when the request asks for HTML and carries no query), its files at
/// /graphql/explorer/*, and the example queries at /graphql/examples. The files are GraphiQL's and React's UMD
/// builds from npm, embedded in the assembly (Http/Explorer/vendor, see its README): nothing comes from a CDN.
/// </summary>
public static class ApiExplorer
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["explorer.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["LICENSE.graphiql"] = "text/plain; charset=utf-8",
        ["LICENSE.graphql-js"] = "text/plain; charset=utf-8",
        ["LICENSE.react"] = "text/plain; charset=utf-8",
        ["LICENSE.react-dom"] = "text/plain; charset=utf-8",
    };

    private static readonly Lazy<byte[]> Page = new(() => Read("explorer.html"));

    private static readonly Lazy<byte[]> ExamplesJson = new(() => JsonSerializer.SerializeToUtf8Bytes(
        ExampleQueries.All.Select(e => new { name = e.Name, description = e.Description, query = e.Query, variables = e.Variables })));

    /// <summary>
    /// A browser opening /graphql: a GET without a query whose Accept names text/html (a GraphQL client names JSON
    /// types, or nothing, and gets the GraphQL-over-HTTP answer as before).
    /// </summary>
    public static bool IsBrowserNavigation(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("query")
            || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        return accepted.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1) > 0);
    }

    public static Task WritePageAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.Vary = "Accept";
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.Body.WriteAsync(Page.Value, http.RequestAborted).AsTask();
    }

    public static IEndpointRouteBuilder MapApiExplorer(this IEndpointRouteBuilder endpoints, string corsPolicy)
    {
        var contents = new Lazy<Dictionary<string, byte[]>>(() => Files.Keys.ToDictionary(name => name, Read, StringComparer.Ordinal));
        endpoints.MapGet("/graphql/explorer/{file}", (string file, HttpContext http) =>
        {
            if (!Files.TryGetValue(file, out var contentType))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(contents.Value[file], contentType);
        }).ExcludeFromDescription();
        endpoints.MapGet("/graphql/examples", () => Results.Bytes(ExamplesJson.Value, "application/json; charset=utf-8"))
            .RequireCors(corsPolicy)
            .WithDisplayName("GraphQL example queries");
        return endpoints;
    }

    private static byte[] Read(string name)
    {
        var assembly = typeof(ApiExplorer).Assembly;
        using var stream = Open(assembly, "ArchiveExplorer/" + name) ?? Open(assembly, "ArchiveExplorer/vendor/" + name)
            ?? throw new InvalidOperationException($"The explorer file {name} is not embedded in {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Stream? Open(Assembly assembly, string resource) => assembly.GetManifestResourceStream(resource);
}
