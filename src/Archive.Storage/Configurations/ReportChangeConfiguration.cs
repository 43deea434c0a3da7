using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class ReportChangeConfiguration : IEntityTypeConfiguration<ReportChangeEntity>
{
    public void Configure(EntityTypeBuilder<ReportChangeEntity> builder)
    {
        builder.ToTable("ReportChanges");
        builder.HasKey(c => c.Number);
        builder.Property(c => c.Number).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.ReportId);
    }
}
