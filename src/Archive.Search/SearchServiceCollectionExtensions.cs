using Archive.Search.Highlighting;
using Archive.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Archive.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SearchOptions"/> (section "Search"), the singleton <see cref="ArchiveSearcher"/>, the hosted
    /// <see cref="SearchRefreshService"/>, and <see cref="NoRegionNames"/> unless an <see cref="IRegionNameResolver"/> is registered.
    /// Snippets read report texts from an <see cref="IReportTextSource"/> if one is registered, else from the index.
    /// </summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.SectionName));
        services.TryAddSingleton<IRegionNameResolver>(NoRegionNames.Instance);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new ArchiveSearcher(
                options.IndexPath,
                provider.GetRequiredService<IRegionNameResolver>(),
                options.MaxPageSize,
                options.ResultCacheEntries,
                provider.GetService<IReportTextSource>());
        });
        services.AddHostedService<SearchRefreshService>();
        return services;
    }
}
