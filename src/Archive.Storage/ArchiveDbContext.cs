using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Storage;

/// <summary>
/// The system of record. The context is the repository: callers query its sets directly.
/// </summary>
/// <remarks>
/// Add a migration after changing an entity or configuration (from the repo root):
/// <c>dotnet tool restore &amp;&amp; dotnet dotnet-ef migrations add &lt;Name&gt; --project src/Archive.Storage --output-dir Migrations</c>.
/// </remarks>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<ReportEntity> Reports => Set<ReportEntity>();
    public DbSet<MetricEntity> Metrics => Set<MetricEntity>();
    public DbSet<MetricKeyEntity> MetricKeys => Set<MetricKeyEntity>();
    public DbSet<QualityFlagEntity> QualityFlags => Set<QualityFlagEntity>();
    public DbSet<ReportCellsEntity> ReportCells => Set<ReportCellsEntity>();
    public DbSet<RegionEntity> Regions => Set<RegionEntity>();
    public DbSet<AgencyEntity> Agencies => Set<AgencyEntity>();
    public DbSet<SavedSearchEntity> SavedSearches => Set<SavedSearchEntity>();
    public DbSet<ReportChangeEntity> ReportChanges => Set<ReportChangeEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);

        // Texts stored compressed (StoredText) are bytes in the database: a collation does not apply to them.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.GetValueConverter()?.ProviderClrType == typeof(byte[]))
            {
                property.SetCollation(null);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        if (Database.IsNpgsql())
        {
            // Text compares and sorts by code point on both providers (SQLite's BINARY; PostgreSQL's "C"), whatever
            // locale the cluster was made with: the same order of names and the same answers on either.
            configurationBuilder.Properties<string>().UseCollation("C");
        }
    }
}
