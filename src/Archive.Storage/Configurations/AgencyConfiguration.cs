using Archive.Core.Agencies;
using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<AgencyEntity>
{
    public void Configure(EntityTypeBuilder<AgencyEntity> builder)
    {
        builder.ToTable("Agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasMaxLength(48).HasConversion(StableIdConverter<AgencyKind>.Instance);
        builder.HasIndex(a => new { a.Name, a.RegionCode }).IsUnique();
        builder.HasIndex(a => a.Kind);
        builder.HasOne(a => a.Region).WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
