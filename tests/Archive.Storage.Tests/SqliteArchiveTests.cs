using Archive.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage.Tests;

/// <summary>What tests of a SQLite archive file share: a temp data directory, the storage services over it, and its contexts.</summary>
public abstract class SqliteArchiveTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    protected ServiceProvider Services { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Services = StorageServices.Build(_temp.Path);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    protected Task<ArchiveDbContext> Db() =>
        Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);
}
