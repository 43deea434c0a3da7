using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MetricSourceCopiesDropped : Migration
    {
        // A GLOB class of every code point beyond the BMP (SQLite compares GLOB classes by code point).
        private const string BeyondBmp = "\U00010000-\U0010FFFF";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Drop every copy that equals the cut of the normalized text. substr counts code points and the offsets are
            // UTF-16 indices, so only texts without characters beyond the BMP are compared here; the rest keep copies.
            migrationBuilder.Sql(
                $$"""
                CREATE TEMP TABLE bmp_only_reports AS
                  SELECT Id FROM Reports WHERE NOT (NormalizedText GLOB '*[{{BeyondBmp}}]*');
                UPDATE Metrics SET SourceText = NULL
                WHERE SourceStart >= 0 AND SourceEnd >= SourceStart
                  AND ReportId IN (SELECT Id FROM bmp_only_reports)
                  AND SourceText = (SELECT substr(r.NormalizedText, Metrics.SourceStart + 1, Metrics.SourceEnd - Metrics.SourceStart)
                                    FROM Reports r WHERE r.Id = Metrics.ReportId AND Metrics.SourceEnd <= length(r.NormalizedText));
                DROP TABLE bmp_only_reports;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Copies back from the text (exact for texts within the BMP, which is what Up left without copies).
            migrationBuilder.Sql(
                """
                UPDATE Metrics SET SourceText = coalesce((SELECT substr(r.NormalizedText, Metrics.SourceStart + 1, Metrics.SourceEnd - Metrics.SourceStart)
                                                          FROM Reports r WHERE r.Id = Metrics.ReportId), '')
                WHERE SourceText IS NULL;
                """);
        }
    }
}
