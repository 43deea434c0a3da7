using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MetricSourceCut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite rebuilds Metrics in two transactions with a pragma between: a copy a kill left there is dropped
            // first, or its CREATE TABLE would fail on every later start (as ReportTextsCompressed).
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ef_temp_Metrics\";");

            migrationBuilder.AlterColumn<string>(
                name: "SourceText",
                table: "Metrics",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SourceText",
                table: "Metrics",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
