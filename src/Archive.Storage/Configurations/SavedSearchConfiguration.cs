using Archive.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Storage.Configurations;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearchEntity>
{
    public void Configure(EntityTypeBuilder<SavedSearchEntity> builder)
    {
        builder.ToTable("SavedSearches");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Query).HasMaxLength(500);
        builder.Property(s => s.FeedToken).HasMaxLength(64);
        builder.HasIndex(s => s.FeedToken).IsUnique();
    }
}
