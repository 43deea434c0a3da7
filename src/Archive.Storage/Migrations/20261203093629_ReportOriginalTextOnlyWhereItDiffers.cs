using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ReportOriginalTextOnlyWhereItDiffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The original text is kept only where it differs from the normalized one (a migration of its own: SQLite
            // rebuilt the table to make the column nullable in ReportTextsCompressed). Texts stored before stay plain
            // UTF-8 (StoredText reads both); new and re-stored reports are written compressed.
            migrationBuilder.Sql("UPDATE Reports SET OriginalText = NULL WHERE OriginalText = NormalizedText");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Reports SET OriginalText = NormalizedText WHERE OriginalText IS NULL");
        }
    }
}
