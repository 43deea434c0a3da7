using Archive.Core.Configuration;
using Archive.Storage.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Archive.Storage.Tests;

public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("host=db.example port=5433 dbname=archive user=reader password='it''s' sslmode=require")]
    [InlineData("postgres://reader:it%27s@db.example:5433/archive?sslmode=require")]
    [InlineData("postgresql://reader:it%27s@db.example:5433/archive?sslmode=require")]
    [InlineData("Host=db.example;Port=5433;Database=archive;Username=reader;Password=it's;SSL Mode=Require")]
    public void ToNpgsql_EachForm_GivesTheSameConnection(string given)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToNpgsql(given.Replace("''", "\\'", StringComparison.Ordinal)));

        Assert.Equal(("db.example", 5433, "archive", "reader", "it's", SslMode.Require),
            (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
    }

    [Theory]
    [InlineData("host=localhost", "names no database")]
    [InlineData("dbname=archive", "names no host")]
    [InlineData("host=localhost dbname=archive colour=blue", "unknown or unsupported keyword 'colour'")]
    [InlineData("host=localhost dbname", "'dbname' has no '=value'")]
    [InlineData("postgres:///archive", "postgres://")]
    [InlineData("Host=localhost;Databse=archive", "not a PostgreSQL connection string")]
    public void ToNpgsql_Unusable_SaysWhy(string given, string reason)
    {
        var error = Assert.Throws<FormatException>(() => PostgresConnectionString.ToNpgsql(given));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redacted_DropsThePassword()
    {
        var redacted = PostgresConnectionString.Redacted(PostgresConnectionString.ToNpgsql("postgres://u:secret@h/d"));

        Assert.DoesNotContain("secret", redacted, StringComparison.Ordinal);
        Assert.Contains("Host=h", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void StartUp_WithAnUnusableConnection_StopsWithTheReasonAndTheOptionsName()
    {
        var services = new ServiceCollection();
        services.Configure<ArchiveOptions>(o => o.DataDirectory = Path.GetTempPath());
        services.Configure<StorageOptions>(o => o.ConnectionString = "host=localhost");
        services.AddArchiveStorage();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("--db / ARCHIVE_DB / Storage:ConnectionString: the PostgreSQL connection names no database", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, StorageProvider.Sqlite)]
    [InlineData("  ", StorageProvider.Sqlite)]
    [InlineData("host=h dbname=d", StorageProvider.PostgreSql)]
    public void Provider_WithoutAConnection_IsSqlite(string? connection, StorageProvider expected) =>
        Assert.Equal(expected, new StorageOptions { ConnectionString = connection }.Provider);
}
