using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class MetricConfiguration : IEntityTypeConfiguration<MetricEntity>
{
    public void Configure(EntityTypeBuilder<MetricEntity> builder)
    {
        builder.ToTable("Metrics");
        // Rows are read per report, in the extractor's order, or per key across reports (by KeyId). Keyed by
        // (ReportId, Ordinal) and, on SQLite, stored WITHOUT ROWID (migration MetricKeyIds): the rows of a report lie
        // together in the key's b-tree, so no separate ReportId index (2.8 MB of 47.8 at 2,000 reports) and no rowid.
        // Ordinal, not KeyId, in the key: the served order is the extractor's, which key ids do not follow.
        builder.HasKey(m => new { m.ReportId, m.Ordinal });
        builder.Property(m => m.Ordinal).ValueGeneratedNever();
        builder.Property(m => m.Origin).HasConversion(MetricOriginConverter.Instance);
        builder.HasOne(m => m.MetricKey).WithMany().HasForeignKey(m => m.KeyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.KeyId);
    }
}
