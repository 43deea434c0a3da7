using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class MetricConfiguration : IEntityTypeConfiguration<MetricEntity>
{
    public void Configure(EntityTypeBuilder<MetricEntity> builder)
    {
        builder.ToTable("Metrics");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Key).HasMaxLength(96);
        builder.Property(m => m.Origin).HasMaxLength(8);
        builder.HasIndex(m => new { m.ReportId, m.Key }).IsUnique();
        builder.HasIndex(m => m.Key);
    }
}
