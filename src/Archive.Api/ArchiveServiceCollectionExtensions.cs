using Archive.Api.Ingestion;
using Archive.Core.Configuration;
using Archive.Core.Regions;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Api;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>
    /// Everything the commands and the server share: options (validated), storage, the ingest pipeline and
    /// the search index. The HTTP/GraphQL parts are added by <c>AddArchiveApi</c>.
    /// </summary>
    public static IServiceCollection AddArchiveServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<IngestOptions>>().Value);

        services.AddArchiveStorage();
        services.AddSingleton<IRegionSource, GazetteerRegionSource>();

        services.AddSingleton<IReportExtractor, ReportExtractor>();
        services.AddSingleton<ReportPreparer>();
        services.AddSingleton<IngestService>();
        return services;
    }
}
