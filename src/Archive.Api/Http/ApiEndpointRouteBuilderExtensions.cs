using Archive.Api.Export;
using Archive.Api.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Http;

public static class ApiEndpointRouteBuilderExtensions
{
    public const string CorsPolicyName = "Archive";

    /// <summary>Maps /graphql (GET and POST; GraphiQL for browsers), /export/metrics.csv, /export/quality.csv, /export/search.csv and /health as routed endpoints, so CORS applies, and the web page at /.</summary>
    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], HandleGraphQL)
            .RequireCors(CorsPolicyName)
            .WithDisplayName("GraphQL");
        endpoints.MapGet("/export/metrics.csv", HandleMetricsCsv)
            .RequireCors(CorsPolicyName)
            .WithDisplayName("Metrics CSV export");
        endpoints.MapGet("/export/quality.csv", (HttpContext context) => context.RequestServices.GetRequiredService<QualityCsvEndpoint>().HandleAsync(context))
            .RequireCors(CorsPolicyName)
            .WithDisplayName("Quality checks CSV export");
        endpoints.MapGet("/export/search.csv", HandleSearchCsv)
            .RequireCors(CorsPolicyName)
            .WithDisplayName("Search hits CSV export");
        endpoints.MapGet("/feeds/{token}.atom", (HttpContext context, string token) =>
                context.RequestServices.GetRequiredService<SavedSearches.AtomFeedEndpoint>().HandleAsync(context, token))
            .WithDisplayName("Saved search Atom feed");
        endpoints.MapApiExplorer(CorsPolicyName);
        // Liveness: the process and its database. Readiness: also the index (503 until it is built, with the node's
        // applied change number and lag as JSON), for a reverse proxy's health check.
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(IndexHealthCheck.ReadyTag) });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = IndexHealthCheck.WriteAsync });
        endpoints.MapArchiveWebPage();
        return endpoints;
    }

    private static Task HandleGraphQL(HttpContext context) => ApiExplorer.IsBrowserNavigation(context.Request)
        ? ApiExplorer.WritePageAsync(context)
        : context.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(context);

    private static Task HandleSearchCsv(HttpContext context) =>
        context.RequestServices.GetRequiredService<SearchCsvEndpoint>().HandleAsync(context);

    private static Task HandleMetricsCsv(HttpContext context) =>
        context.RequestServices.GetRequiredService<MetricsCsvEndpoint>().HandleAsync(context);
}
