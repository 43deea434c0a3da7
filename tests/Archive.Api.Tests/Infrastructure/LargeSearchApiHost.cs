using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Application.Indexing;
using Archive.Application.Ingestion;
using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Search.Querying;
using Archive.Storage;
using Archive.Storage.Entities;
using Archive.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The real web host with Lucene search over an archive of over 10,000 reports that all match 不予公开: the seeds
/// ingested through the real pipeline, then <see cref="SmallReports"/> short reports stored as rows and indexed by
/// the real indexer (the database is the indexing queue: rows stored with Indexed false are what it indexes).
/// Ingesting 10,000 generated files would take minutes (54 reports/s, BENCHMARKS.md); storing and indexing these
/// short texts takes seconds, and the search, paging and export under test are the production ones.
/// <c>ARCHIVE_EXPORT_HITS</c> sets another number of short reports.
/// </summary>
public sealed class LargeSearchApiHost : IAsyncLifetime
{
    public const string Query = "不予公开";

    private readonly TempDirectory _directory = new("archive-large");
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(8));
    private WebApplication? _app;

    public static int SmallReports { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_EXPORT_HITS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public CancellationToken CancellationToken => _timeout.Token;

    /// <summary>How long storing and indexing the short reports took.</summary>
    public TimeSpan BuildTime { get; private set; }

    public string DatabasePath => Path.Combine(_directory.Path, "archive.db");

    public async Task InitializeAsync()
    {
        _app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            Configure = configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archive:DataDirectory"] = _directory.Path,
                ["Api:ApiKey"] = ApiHost.ApiKey,
                ["Logging:LogLevel:Default"] = "Warning",
            }),
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)),
            ConfigureWebHost = web => web.UseTestServer(),
        });

        var cancellationToken = CancellationToken;
        await _app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await _app.Services.GetRequiredService<IngestService>().IngestAsync(TestPaths.SeedFiles, progress: null, cancellationToken);

        var stopwatch = Stopwatch.StartNew();
        await StoreSmallReportsAsync(_app.Services, SmallReports, cancellationToken);
        await _app.Services.GetRequiredService<IReportIndexer>().CatchUpAsync(cancellationToken);
        BuildTime = stopwatch.Elapsed;

        _app.Services.GetRequiredService<ArchiveSearcher>().MaybeRefresh();
        await _app.StartAsync(cancellationToken);
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        _timeout.Dispose();
    }

    /// <summary>Short reports over real regions, years and agencies, each saying 不予公开 once; queued for the index.</summary>
    private static async Task StoreSmallReportsAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        var random = new Random(22_004);
        var counties = TestArchiveData.Regions.Where(r => r.Level == RegionLevel.County).Select(r => r.Code).ToArray();
        var departments = new[] { "人民政府", "教育局", "财政局", "卫生健康局", "自然资源局" };
        var now = DateTime.UtcNow;
        const int batch = 1000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var code = counties[random.Next(counties.Length)];
                var path = RegionGazetteer.Default.PathOf(code);
                var agency = path[^1].Name + departments[random.Next(departments.Length)];
                var year = 2014 + random.Next(11);
                var title = $"{agency}{year}年政府信息公开工作年度报告";
                var published = new DateOnly(year + 1, 1 + random.Next(3), 1 + random.Next(28));
                var text = $"{title}\n\n一、总体情况\n{year}年，{agency}共收到政府信息公开申请{random.Next(200)}件，其中不予公开{1 + random.Next(30)}件，"
                    + $"主动公开政府信息{random.Next(900)}条。\n二、存在的主要问题\n信息公开的及时性有待提高。（第{i}号）\n";
                var report = new ReportEntity
                {
                    ContentHash = $"small-{i:D6}",
                    SourcePath = $"small/{i:D6}.txt",
                    FileName = $"{i:D6}.txt",
                    FileType = "txt",
                    FileSize = Encoding.UTF8.GetByteCount(text),
                    FileHash = $"small-{i:D6}",
                    Encoding = "utf-8",
                    Title = title,
                    AgencyName = agency,
                    AgencyKind = AgencyKind.Other,
                    RegionCode = code,
                    ProvinceCode = path[0].Code,
                    PrefectureCode = path.Count > 2 ? path[1].Code : null,
                    CountyCode = code,
                    Year = year,
                    Published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    PublishedDate = published,
                    Template = year <= 2018 ? ReportTemplate.Pre2019 : year <= 2020 ? ReportTemplate.V2019 : ReportTemplate.V2021,
                    NormalizedText = text,
                    IngestedAt = now,
                    UpdatedAt = now,
                    Indexed = false,
                };
                db.Reports.Add(report);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
