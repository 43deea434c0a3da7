using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Storage;

/// <summary>Lets `dotnet dotnet-ef migrations add` build the context without a host.</summary>
internal sealed class DesignTimeArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
