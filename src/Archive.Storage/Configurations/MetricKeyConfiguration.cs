using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class MetricKeyConfiguration : IEntityTypeConfiguration<MetricKeyEntity>
{
    public void Configure(EntityTypeBuilder<MetricKeyEntity> builder)
    {
        builder.ToTable("MetricKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Key).HasMaxLength(96);
        builder.HasIndex(k => k.Key).IsUnique();
    }
}
