using Archive.Core.Regions;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<RegionEntity>
{
    public void Configure(EntityTypeBuilder<RegionEntity> builder)
    {
        builder.ToTable("Regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(6);
        builder.Property(r => r.ParentCode).HasMaxLength(6);
        builder.Property(r => r.Level).HasMaxLength(16).HasConversion(StableIdConverter<RegionLevel>.Instance);
        builder.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ParentCode);
        builder.HasIndex(r => r.Name);
    }
}
