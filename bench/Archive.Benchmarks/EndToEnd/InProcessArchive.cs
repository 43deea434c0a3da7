using Archive.Application;
using Archive.Core.Configuration;
using Archive.Search;
using Archive.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// An archive's search wired as the server wires it (snippet texts read from SQLite), without the HTTP host; or,
/// with <c>indexTexts</c>, snippets read from the text stored in the index (the path before the fourth session).
/// </summary>
internal sealed class InProcessArchive : IDisposable
{
    private readonly ServiceProvider? _services;

    private InProcessArchive(ArchiveSearcher searcher, ServiceProvider? services)
    {
        Searcher = searcher;
        _services = services;
    }

    public ArchiveSearcher Searcher { get; }

    public static InProcessArchive Open(string dataDirectory, int resultCacheEntries, bool indexTexts = false)
    {
        if (indexTexts)
        {
            return new InProcessArchive(new ArchiveSearcher(Path.Combine(dataDirectory, "index"), resultCacheEntries: resultCacheEntries), null);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DataDirectory)}"] = Path.GetFullPath(dataDirectory),
            [$"{SearchOptions.SectionName}:{nameof(SearchOptions.ResultCacheEntries)}"] = resultCacheEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddArchiveServices(configuration).BuildServiceProvider();
        return new InProcessArchive(services.GetRequiredService<ArchiveSearcher>(), services);
    }

    public void Dispose()
    {
        if (_services is null)
        {
            Searcher.Dispose();
        }
        else
        {
            _services.Dispose();
        }
    }
}
