using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<ReportEntity>
{
    public void Configure(EntityTypeBuilder<ReportEntity> builder)
    {
        builder.ToTable("Reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.HasIndex(r => r.ContentHash).IsUnique();
        builder.HasIndex(r => r.SourcePath);
        builder.Property(r => r.Template).HasMaxLength(16).HasConversion(StableIdConverter<ReportTemplate>.Instance);
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.ProvinceCode).HasMaxLength(6);
        builder.Property(r => r.PrefectureCode).HasMaxLength(6);
        builder.Property(r => r.CountyCode).HasMaxLength(6);
        builder.Property(r => r.Published).HasMaxLength(10);
        builder.Property(r => r.NormalizedText).HasConversion<StoredTextConverter>();
        builder.HasIndex(r => r.Year);
        builder.HasIndex(r => r.ProvinceCode);
        builder.HasIndex(r => r.PrefectureCode);
        builder.HasIndex(r => r.CountyCode);
        builder.Property(r => r.AgencyKind).HasConversion(StableIdConverter<AgencyKind>.Instance);
        builder.HasIndex(r => r.AgencyKind);
        builder.HasIndex(r => r.Indexed);
        builder.HasOne(r => r.Agency).WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Region).WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Metrics).WithOne(m => m.Report).HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Flags).WithOne(f => f.Report).HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
