using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class ReportCellsConfiguration : IEntityTypeConfiguration<ReportCellsEntity>
{
    public void Configure(EntityTypeBuilder<ReportCellsEntity> builder)
    {
        builder.ToTable("ReportCells");
        builder.HasKey(c => c.ReportId);
        builder.Property(c => c.ReportId).ValueGeneratedNever();
        builder.HasOne(c => c.Report).WithOne(r => r.Cells).HasForeignKey<ReportCellsEntity>(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
