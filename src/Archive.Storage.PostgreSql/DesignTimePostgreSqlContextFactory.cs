using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Storage.PostgreSql;

/// <summary>
/// Lets `dotnet dotnet-ef migrations add --project src/Archive.Storage.PostgreSql` build the context on the PostgreSQL
/// provider without a host or a server (adding a migration only compares the model with the snapshot).
/// </summary>
internal sealed class DesignTimePostgreSqlContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<ArchiveDbContext>)StorageServiceCollectionExtensions.UsePostgreSql(
            new DbContextOptionsBuilder<ArchiveDbContext>(), "Host=localhost;Database=archive_design_time").Options);
}
