using System.Data.Common;
using Archive.Application.Ingestion;
using Archive.Application.Querying;
using Archive.Storage;
using Archive.Testing;
using Archive.Testing.Databases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The real web host (built by <see cref="ArchiveWebHost.Build"/>, as `archive serve` builds it) on a test server,
/// over a fresh SQLite file in a temp directory (or, in <see cref="PostgreSqlApiHost"/>, a fresh database on the tests'
/// own PostgreSQL cluster): migrated, the seeds ingested through the real pipeline, then the
/// test data of <see cref="TestArchiveData"/>.
/// </summary>
public class ApiHost : IAsyncLifetime
{
    public const string ApiKey = "test-api-key-0123456789";

    private readonly TempDirectory _directory = new("archive-api");
    private WebApplication? _app;
    private TestDatabase? _database;

    /// <summary>The system of record of this host: SQLite in its temp directory unless a derived host says otherwise.</summary>
    public virtual TestProvider Provider => TestProvider.Sqlite;

    public HttpClient Client { get; private set; } = null!;

    public SqlCommandCounter SqlCommands { get; } = new();

    public string DatabasePath => Path.Combine(_directory.Path, "archive.db");

    public IServiceProvider Services => _app!.Services;

    /// <summary>
    /// True (the default): the index is rebuilt from the database after <see cref="TestArchiveData"/> wrote its rows
    /// straight to it (as `archive reindex` does), so every test row is searchable. False: the index holds only what
    /// ingest indexed (the seeds), for tests that measure search over ingested reports alone. Search is always the
    /// production Lucene search.
    /// </summary>
    protected virtual bool IndexTestArchiveData => true;

    /// <summary>Services on top of the host's own (e.g. another EF interceptor).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Configuration on top of the test defaults (e.g. no API key, another timeout).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        if (Provider != TestProvider.Sqlite && PostgresCluster.SkipReason is not null)
        {
            // Its tests are skipped with that reason (StorageFact); nothing to start.
            return;
        }

        var settings = new Dictionary<string, string?>
        {
            ["Archive:DataDirectory"] = _directory.Path,
            ["Api:ApiKey"] = ApiKey,
            ["Api:CorsOrigins:0"] = "https://app.example.org",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Api:ExposeExceptionDetails"] = "true",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        _database = await TestDatabase.CreateAsync(Provider, GetType().Name);
        foreach (var (key, value) in _database.Settings)
        {
            settings[key] = value;
        }

        _app = ArchiveWebHost.Build(new ArchiveWebHostSettings
        {
            EnvironmentName = "Testing",
            Configure = configuration => configuration.AddInMemoryCollection(settings),
            ConfigureServices = services =>
            {
                services.AddSingleton<IAdditionalDbInterceptor>(SqlCommands);
                ConfigureServices(services);

                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            },
            ConfigureWebHost = web => web.UseTestServer(),
        });

        var cancellationToken = TestContext.CancellationToken;
        await _app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await _app.Services.GetRequiredService<IngestService>().IngestAsync(TestPaths.SeedFiles, progress: null, cancellationToken);
        await TestArchiveData.AddAsync(_app.Services, cancellationToken);
        if (IndexTestArchiveData)
        {
            await _app.Services.GetRequiredService<Archive.Application.Indexing.ReindexService>().RebuildAsync(cancellationToken);
        }
        _app.Services.GetRequiredService<Archive.Search.Querying.ArchiveSearcher>().MaybeRefresh();
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
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _directory.Dispose();
    }

    /// <summary>
    /// A raw connection to the same database file, for the expected values (SQL written in the test, not the API's).
    /// The report texts are stored compressed: <c>stored_text(NormalizedText)</c> gives the text.
    /// </summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        connection.CreateFunction("stored_text", (byte[] stored) => StoredText.Decode(stored), isDeterministic: true);
        return connection;
    }

    /// <summary>
    /// Rows of <paramref name="sql"/>, written in SQLite's spelling, on this host's database. On PostgreSQL the same
    /// statement is spelled for it first (<see cref="PostgreSqlSpelling"/>: quoted identifiers, @ parameters), so
    /// every expected value comes from the same SQL on both providers.
    /// </summary>
    public List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = Provider == TestProvider.Sqlite ? (DbConnection)OpenDatabase() : OpenPostgreSql();
        using var command = connection.CreateCommand();
        command.CommandText = Provider == TestProvider.Sqlite ? sql : PostgreSqlSpelling.Of(sql);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Provider == TestProvider.Sqlite ? name : "@" + name.TrimStart('$', '@', ':');
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private NpgsqlConnection OpenPostgreSql()
    {
        var connection = new NpgsqlConnection(_database!.ConnectionString);
        connection.Open();
        DecodedTextsFor(connection);
        return connection;
    }

    /// <summary>
    /// <c>stored_text(bytea)</c> on PostgreSQL, as OpenDatabase gives it on SQLite: PostgreSQL cannot decompress the
    /// stored texts, so the texts stored so far are decoded here and the function looks them up.
    /// </summary>
    private static void DecodedTextsFor(NpgsqlConnection connection)
    {
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                CREATE TABLE IF NOT EXISTS test_stored_texts (hash text PRIMARY KEY, text text NOT NULL);
                CREATE OR REPLACE FUNCTION stored_text(bytea) RETURNS text LANGUAGE sql STABLE
                    AS $$ SELECT text FROM test_stored_texts WHERE hash = md5($1) $$;
                """;
            setup.ExecuteNonQuery();
        }

        var pending = new List<(string Hash, string Text)>();
        using (var read = connection.CreateCommand())
        {
            // An original is stored as edits of its report's normalized text (StoredText.DecodeOriginal).
            read.CommandText = """
                SELECT md5("NormalizedText"), "NormalizedText", md5("OriginalText"), "OriginalText" FROM "Reports" r
                WHERE NOT EXISTS (SELECT 1 FROM test_stored_texts d WHERE d.hash = md5(r."NormalizedText"))
                   OR ("OriginalText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM test_stored_texts d WHERE d.hash = md5(r."OriginalText")))
                """;
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var normalized = StoredText.Decode((byte[])reader.GetValue(1));
                pending.Add((reader.GetString(0), normalized));
                if (!reader.IsDBNull(3))
                {
                    pending.Add((reader.GetString(2), StoredText.DecodeOriginal((byte[])reader.GetValue(3), normalized)));
                }
            }
        }

        foreach (var (hash, text) in pending)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO test_stored_texts VALUES (@h, @t) ON CONFLICT DO NOTHING";
            insert.Parameters.AddWithValue("h", hash);
            insert.Parameters.AddWithValue("t", text);
            insert.ExecuteNonQuery();
        }
    }

    public long Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Query(sql, r => r.GetInt64(0), parameters).Single();
}

/// <summary>The shared host on PostgreSQL (a database of its own on the tests' cluster), for the PostgreSQL variants of the API tests.</summary>
public sealed class PostgreSqlApiHost : ApiHost
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
