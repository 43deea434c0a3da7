using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ReportTextsCompressed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite rebuilds Reports in two transactions with a pragma between that none may hold: a process killed
            // there leaves the first one's copy, whose CREATE TABLE then failed on every later start. A copy left over is
            // dropped; Reports, which the second transaction drops, is still whole then.
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ef_temp_Reports\";");

            migrationBuilder.AlterColumn<byte[]>(
                name: "OriginalText",
                table: "Reports",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<byte[]>(
                name: "NormalizedText",
                table: "Reports",
                type: "BLOB",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Compressed texts cannot be turned back into TEXT by SQL: going back needs a fresh ingest.
            throw new System.NotSupportedException("ReportTextsCompressed cannot be reverted: the texts are stored compressed.");
        }
    }
}
