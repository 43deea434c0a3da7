using Archive.Core.Reports;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class QualityFlagConfiguration : IEntityTypeConfiguration<QualityFlagEntity>
{
    public void Configure(EntityTypeBuilder<QualityFlagEntity> builder)
    {
        builder.ToTable("QualityFlags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Kind).HasMaxLength(48).HasConversion(StableIdConverter<FlagKind>.Instance);
        builder.HasIndex(f => f.ReportId);
        builder.HasIndex(f => f.Kind);
    }
}
