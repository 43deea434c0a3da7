using System.Text.Json.Nodes;
using Archive.Cli.Infrastructure;
using Archive.Testing;
using Archive.Testing.Databases;

namespace Archive.Cli.Tests;

/// <summary>`--db` on the command line (issue 26): a bad connection is refused at start with the reason; a real one is the system of record.</summary>
public sealed class DatabaseOptionTests
{
    [Theory]
    [InlineData("host=localhost", "the PostgreSQL connection names no database")]
    [InlineData("postgres://", "not a PostgreSQL connection string")]
    [InlineData("host=localhost dbname=archive colour=blue", "unknown or unsupported keyword 'colour'")]
    public async Task Db_Unusable_IsRefusedWithTheReason_AndCreatesNoSqliteArchive(string connection, string reason)
    {
        using var data = new TempDirectory();

        var run = await CliRunner.RunAsync("ingest", TestPaths.SeedFiles[0], "--data", data.Path, "--db", connection);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("archive: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("--db / ARCHIVE_DB / Storage:ConnectionString: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, DataDirectory.DatabaseFileName)));
    }
}

[PostgreSqlTests]
public sealed class PostgreSqlCommandLineTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        if (PostgresCluster.SkipReason is null)
        {
            _database = await TestDatabase.CreateAsync(TestProvider.PostgreSql, nameof(PostgreSqlCommandLineTests));
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _data.Dispose();
    }

    [StorageFact]
    public async Task IngestThenSearch_WithDb_StoresInPostgreSql_AndTheDataDirectoryHoldsOnlyTheIndex()
    {
        var db = _database.ConnectionString!;

        var ingest = await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", _data.Path, "--db", db);
        var again = await CliRunner.RunAsync("ingest", TestPaths.SeedsDir, "--data", _data.Path, "--db", db);
        var search = await CliRunner.RunAsync("search", "\"依申请公开\"", "--json", "--data", _data.Path, "--db", db);

        Assert.Equal(ExitCodes.Ok, ingest.ExitCode);
        Assert.Contains($"added {TestPaths.SeedFiles.Count}, updated 0, unchanged 0, failed 0", ingest.Output, StringComparison.Ordinal);
        Assert.Contains($"added 0, updated 0, unchanged {TestPaths.SeedFiles.Count}, failed 0", again.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, search.ExitCode);
        Assert.True((int)JsonNode.Parse(search.Output)!["totalCount"]! > 0, search.Output);
        Assert.False(File.Exists(Path.Combine(_data.Path, DataDirectory.DatabaseFileName)));
        Assert.True(Directory.Exists(Path.Combine(_data.Path, "index")));
    }
}
