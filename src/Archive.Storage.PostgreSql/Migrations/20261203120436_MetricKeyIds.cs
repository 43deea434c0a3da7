using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Archive.Storage.PostgreSql.Migrations
{
    /// <summary>
    /// Metric keys as integer ids (MetricKeys), the origin as a small integer (1 table, 2 prose), the rows keyed by
    /// (ReportId, Ordinal) (issue 25; SQLite's MetricKeyIds does the same). The existing rows are carried over: keys get
    /// ids in key order, the ordinal keeps the order rows were served in (by Id within a report).
    /// </summary>
    public partial class MetricKeyIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MetricKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: false, collation: "C"),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MetricKeys_Key",
                table: "MetricKeys",
                column: "Key",
                unique: true);

            migrationBuilder.Sql("""INSERT INTO "MetricKeys" ("Key") SELECT DISTINCT "Key" FROM "Metrics" ORDER BY "Key";""");

            migrationBuilder.AddColumn<int>(
                name: "Ordinal",
                table: "Metrics",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "KeyId",
                table: "Metrics",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("""
                UPDATE "Metrics" m SET "KeyId" = k."Id", "Ordinal" = n."Ordinal"
                FROM "MetricKeys" k,
                     (SELECT "Id", (ROW_NUMBER() OVER (PARTITION BY "ReportId" ORDER BY "Id") - 1)::integer AS "Ordinal" FROM "Metrics") n
                WHERE k."Key" = m."Key" AND n."Id" = m."Id";
                """);

            // An origin other than table/prose becomes NULL and fails the NOT NULL: the migration stops, nothing lost.
            migrationBuilder.Sql("""
                ALTER TABLE "Metrics" ALTER COLUMN "Origin" TYPE smallint
                USING CASE "Origin" WHEN 'table' THEN 1 WHEN 'prose' THEN 2 END;
                """);

            migrationBuilder.DropPrimaryKey(
                name: "PK_Metrics",
                table: "Metrics");

            migrationBuilder.DropIndex(
                name: "IX_Metrics_Key",
                table: "Metrics");

            migrationBuilder.DropIndex(
                name: "IX_Metrics_ReportId",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "Metrics");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Metrics",
                table: "Metrics",
                columns: new[] { "ReportId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_KeyId",
                table: "Metrics",
                column: "KeyId");

            migrationBuilder.AddForeignKey(
                name: "FK_Metrics_MetricKeys_KeyId",
                table: "Metrics",
                column: "KeyId",
                principalTable: "MetricKeys",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Metrics_MetricKeys_KeyId",
                table: "Metrics");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Metrics",
                table: "Metrics");

            migrationBuilder.DropIndex(
                name: "IX_Metrics_KeyId",
                table: "Metrics");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "Metrics",
                type: "character varying(96)",
                maxLength: 96,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.Sql("""UPDATE "Metrics" m SET "Key" = k."Key" FROM "MetricKeys" k WHERE k."Id" = m."KeyId";""");
            migrationBuilder.Sql("""
                ALTER TABLE "Metrics" ALTER COLUMN "Origin" TYPE character varying(8)
                USING CASE "Origin" WHEN 1 THEN 'table' WHEN 2 THEN 'prose' END;
                """);

            // Ids in the served order (report, ordinal), as the rows were first written.
            migrationBuilder.Sql("""
                ALTER TABLE "Metrics" ADD COLUMN "Id" bigint;
                UPDATE "Metrics" m SET "Id" = n."Id"
                FROM (SELECT "ReportId", "Ordinal", ROW_NUMBER() OVER (ORDER BY "ReportId", "Ordinal") AS "Id" FROM "Metrics") n
                WHERE n."ReportId" = m."ReportId" AND n."Ordinal" = m."Ordinal";
                ALTER TABLE "Metrics" ALTER COLUMN "Id" SET NOT NULL;
                ALTER TABLE "Metrics" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY;
                SELECT setval(pg_get_serial_sequence('"Metrics"', 'Id'), COALESCE((SELECT MAX("Id") FROM "Metrics"), 0) + 1, false);
                """);

            migrationBuilder.DropColumn(
                name: "Ordinal",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "Metrics");

            migrationBuilder.DropTable(
                name: "MetricKeys");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Metrics",
                table: "Metrics",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_Key",
                table: "Metrics",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_ReportId",
                table: "Metrics",
                column: "ReportId");
        }
    }
}
