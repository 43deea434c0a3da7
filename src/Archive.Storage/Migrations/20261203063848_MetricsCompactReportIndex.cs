using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MetricsCompactReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Metrics_ReportId_Key",
                table: "Metrics");

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_ReportId",
                table: "Metrics",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Metrics_ReportId",
                table: "Metrics");

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_ReportId_Key",
                table: "Metrics",
                columns: new[] { "ReportId", "Key" },
                unique: true);
        }
    }
}
