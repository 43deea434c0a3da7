using System.Text.Encodings.Web;
using System.Text.Unicode;
using Archive.Api.Export;
using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Loaders;
using Archive.Api.Http;
using Archive.Application.Querying;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Archive.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL schema and endpoint, its per-request loaders, the CSV export, feeds, CORS and health checks.
    /// The readers and <see cref="IReportSearch"/> (the Lucene index) are registered by <c>AddArchiveServices</c>
    /// (Archive.Application); <see cref="IMetricCatalog"/> falls back to the stored catalog unless registered before
    /// this call (TryAdd).
    /// </summary>
    public static IServiceCollection AddArchiveApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();

        services.TryAddScoped<IMetricCatalog, StoredMetricCatalog>();

        // Regions come from memory (RegionDirectory), so their loader keeps no per-request batch.
        services.AddSingleton<RegionLoader>();

        // Loaders batch per request, so they live in the request scope.
        services.AddScoped<ReportLoader>();
        services.AddScoped<AgencyLoader>();
        services.AddScoped<TextLoader>();
        services.AddScoped<IngestedAtLoader>();
        services.AddScoped<FlagLoader>();
        services.AddScoped<MetricLoader>();
        services.AddScoped<TableCellLoader>();
        services.AddScoped<MetricLabels>();
        services.AddScoped<Archive.Api.Quality.SeriesLoader>();

        services.AddGraphQL(builder => builder
            .AddSchema<ArchiveSchema>()
            // Chinese text as UTF-8, not \uXXXX escapes: half the bytes to write and send. HTML-sensitive characters stay escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddGraphTypes(typeof(ArchiveSchema).Assembly)
            .AddErrorInfoProvider(provider => new ArchiveErrorInfoProvider(provider.GetRequiredService<IOptions<ApiOptions>>().Value.ExposeExceptionDetails))
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var api = provider.GetRequiredService<IOptions<ApiOptions>>().Value;
                complexity.MaxDepth = api.MaxDepth;
                complexity.MaxComplexity = api.MaxComplexity;
                complexity.DefaultComplexityImpactDelegate = QueryCost.WithIntrospectionSizes(complexity.DefaultComplexityImpactDelegate);
                complexity.ValidateComplexityDelegate = QueryCost.ChargeAsync;
            }));

        services.AddSingleton<GraphQLDocumentCache>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<MetricsCsvEndpoint>();
        services.AddSingleton<QualityCsvEndpoint>();
        services.AddSingleton<Archive.Api.Quality.QualityScan>();
        services.AddSingleton<SearchCsvEndpoint>();
        services.AddSingleton<SavedSearches.SavedSearchService>();
        services.AddSingleton<SavedSearches.AtomFeedEndpoint>();
        services.AddSingleton<RateLimiter>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<ApiOptions>>((cors, api) => cors.AddPolicy(ApiEndpointRouteBuilderExtensions.CorsPolicyName, policy =>
            {
                var settings = api.Value;
                if (settings.CorsOrigins.Contains("*", StringComparer.Ordinal))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    // The validator has refused every entry that does not parse.
                    var patterns = settings.CorsOrigins.Select(o => CorsOriginPattern.TryParse(o, out _)!)
                        .Concat(settings.CorsAllowLocalhost ? CorsOriginPattern.Localhost : [])
                        .ToArray();
                    policy.SetIsOriginAllowed(origin => patterns.Any(p => p.Matches(origin)));
                }

                policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", settings.ApiKeyHeader)
                    .WithExposedHeaders("Retry-After");
            }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<IndexHealthCheck>("index", tags: [IndexHealthCheck.ReadyTag]);
        return services;
    }
}
