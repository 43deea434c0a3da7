using Archive.Application.Indexing;
using Archive.Application.Ingestion;
using Archive.Application.Quality;
using Archive.Application.Quality.Similarity;
using Archive.Application.Querying;
using Archive.Core.Agencies;
using Archive.Core.Configuration;
using Archive.Core.Regions;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Search;
using Archive.Search.Highlighting;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Archive.Application;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>
    /// Everything the commands and the server share: options (validated), storage, the ingest pipeline, the search
    /// index and the readers. The HTTP/GraphQL parts are added by <c>AddArchiveApi</c> (Archive.Api).
    /// </summary>
    public static IServiceCollection AddArchiveServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<IngestOptions>>().Value);

        services.AddArchiveStorage();
        services.AddSingleton<IRegionSource, GazetteerRegionSource>();

        services.AddSingleton<IRegionNameResolver, GazetteerRegionNames>();

        // Snippets read report texts from the database rather than decompressing the index's stored copy (cheaper).
        services.TryAddSingleton<ReadContextPool>();
        services.AddSingleton<IReportTextSource, DatabaseReportTexts>();
        services.AddArchiveSearch(configuration);
        services.AddOptions<SearchOptions>().PostConfigure<IOptions<ArchiveOptions>>((search, archive) =>
        {
            // The index lives in the data directory unless Search:IndexPath says otherwise.
            if (configuration[$"{SearchOptions.SectionName}:{nameof(SearchOptions.IndexPath)}"] is null)
            {
                search.IndexPath = archive.Value.IndexPath;
            }
        });
        services.AddSingleton<SearchDocumentSource>();
        services.AddSingleton<IndexQueue>();
        services.AddSingleton<IndexFeedState>();
        services.AddSingleton<IReportIndexer, LuceneReportIndexer>();
        services.AddSingleton<ReindexService>();

        // The API's search and metric catalog: the Lucene index and the dictionary.
        services.AddSingleton<IReportSearch, LuceneReportSearch>();
        services.AddSingleton<IMetricCatalog, DictionaryMetricCatalog>();

        // The readers: one batch of SQL per page, whichever edge (GraphQL, CSV, feeds, the CLI) asks.
        services.AddSingleton<ReportReader>();
        services.AddSingleton<RegionDirectory>();
        services.AddSingleton<RegionReader>();
        services.AddSingleton<AgencyReader>();
        services.AddSingleton<MetricReader>();
        services.AddSingleton<TableCellReader>();
        services.AddSingleton<MetricAggregator>();
        services.AddSingleton(AgencyNameNormalizer.Default);
        services.AddSingleton<SeriesReader>();
        services.AddSingleton<SimilarityService>();
        services.AddSingleton<Archive.Application.Quality.Coverage.CoverageReader>();

        services.AddSingleton<IReportExtractor, ReportExtractor>();
        services.AddSingleton<ReportPreparer>();
        services.AddSingleton<IngestService>();
        return services;
    }
}
