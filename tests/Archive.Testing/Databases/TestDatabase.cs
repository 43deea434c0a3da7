namespace Archive.Testing.Databases;

/// <summary>The storage providers a test runs against.</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The system of record of one test class: SQLite in the class's data directory (nothing to set up), or a fresh
/// database on the tests' own PostgreSQL cluster (<see cref="PostgresCluster"/>), dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresCluster? _cluster;

    private TestDatabase(TestProvider provider, PostgresCluster? cluster, string? connectionString)
    {
        Provider = provider;
        _cluster = cluster;
        ConnectionString = connectionString;
    }

    public TestProvider Provider { get; }

    /// <summary>What Storage:ConnectionString is set to: null for SQLite (the data directory's archive.db).</summary>
    public string? ConnectionString { get; }

    /// <summary>The configuration entries that select this database (empty for SQLite).</summary>
    public IReadOnlyDictionary<string, string?> Settings =>
        ConnectionString is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["Storage:ConnectionString"] = ConnectionString };

    public static async Task<TestDatabase> CreateAsync(TestProvider provider, string name)
    {
        if (provider == TestProvider.Sqlite)
        {
            return new TestDatabase(provider, null, null);
        }

        var cluster = await PostgresCluster.SharedAsync();
        return new TestDatabase(provider, cluster, await cluster.CreateDatabaseAsync(name));
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null && ConnectionString is not null)
        {
            await _cluster.DropDatabaseAsync(ConnectionString);
        }
    }
}
