using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Archive.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportChanges",
                columns: table => new
                {
                    Number = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportChanges", x => x.Number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportChanges_ReportId",
                table: "ReportChanges",
                column: "ReportId");

            // Not in the model: the writing transaction's id, so a follower reads only changes of transactions that
            // have ended (xid below the snapshot's xmin), in (Xid, Number) order, and misses none that commit late
            // (ReportFeed). xid8 does not wrap around.
            migrationBuilder.Sql("ALTER TABLE \"ReportChanges\" ADD \"Xid\" xid8 NOT NULL DEFAULT pg_current_xact_id();");
            migrationBuilder.Sql("CREATE INDEX \"IX_ReportChanges_Xid_Number\" ON \"ReportChanges\" (\"Xid\", \"Number\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportChanges");
        }
    }
}
