using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <summary>
    /// Metric keys as integer ids (MetricKeys), the origin as a small integer (1 table, 2 prose), and the rows keyed by
    /// (ReportId, Ordinal) in a WITHOUT ROWID table (issue 25). The table is rebuilt by hand, not by EF's generated
    /// rebuild: EF's turns foreign keys off around the migration, this runs in the migration's transaction (nothing
    /// references Metrics, so dropping and renaming it needs no such pragma), and EF cannot write WITHOUT ROWID. An
    /// EF-generated rebuild of Metrics in a later migration would drop WITHOUT ROWID: write such a change by hand too.
    /// The ordinal keeps the order rows were served in (by Id within a report); keys get ids in key order.
    /// </summary>
    public partial class MetricKeyIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "MetricKeys" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_MetricKeys" PRIMARY KEY AUTOINCREMENT,
                    "Key" TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_MetricKeys_Key" ON "MetricKeys" ("Key");""");
            migrationBuilder.Sql("""INSERT INTO "MetricKeys" ("Key") SELECT DISTINCT "Key" FROM "Metrics" ORDER BY "Key";""");
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Metrics" (
                    "ReportId" INTEGER NOT NULL,
                    "Ordinal" INTEGER NOT NULL,
                    "KeyId" INTEGER NOT NULL,
                    "Value" REAL NOT NULL,
                    "Unit" TEXT NULL,
                    "Origin" INTEGER NOT NULL,
                    "SourceStart" INTEGER NOT NULL,
                    "SourceEnd" INTEGER NOT NULL,
                    "SourceText" TEXT NULL,
                    CONSTRAINT "PK_Metrics" PRIMARY KEY ("ReportId", "Ordinal"),
                    CONSTRAINT "FK_Metrics_MetricKeys_KeyId" FOREIGN KEY ("KeyId") REFERENCES "MetricKeys" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_Metrics_Reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "Reports" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);

            // An origin other than table/prose becomes NULL and fails the NOT NULL: the migration stops, nothing lost.
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_Metrics" ("ReportId", "Ordinal", "KeyId", "Value", "Unit", "Origin", "SourceStart", "SourceEnd", "SourceText")
                SELECT m."ReportId", ROW_NUMBER() OVER (PARTITION BY m."ReportId" ORDER BY m."Id") - 1, k."Id", m."Value", m."Unit",
                       CASE m."Origin" WHEN 'table' THEN 1 WHEN 'prose' THEN 2 END, m."SourceStart", m."SourceEnd", m."SourceText"
                FROM "Metrics" m JOIN "MetricKeys" k ON k."Key" = m."Key"
                ORDER BY m."ReportId", m."Id";
                """);
            migrationBuilder.Sql("""DROP TABLE "Metrics";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Metrics" RENAME TO "Metrics";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Metrics_KeyId" ON "Metrics" ("KeyId");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Metrics" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Metrics" PRIMARY KEY AUTOINCREMENT,
                    "ReportId" INTEGER NOT NULL,
                    "Key" TEXT NOT NULL,
                    "Value" REAL NOT NULL,
                    "Unit" TEXT NULL,
                    "Origin" TEXT NOT NULL,
                    "SourceStart" INTEGER NOT NULL,
                    "SourceEnd" INTEGER NOT NULL,
                    "SourceText" TEXT NULL,
                    CONSTRAINT "FK_Metrics_Reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "Reports" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_Metrics" ("ReportId", "Key", "Value", "Unit", "Origin", "SourceStart", "SourceEnd", "SourceText")
                SELECT m."ReportId", k."Key", m."Value", m."Unit", CASE m."Origin" WHEN 1 THEN 'table' WHEN 2 THEN 'prose' END,
                       m."SourceStart", m."SourceEnd", m."SourceText"
                FROM "Metrics" m JOIN "MetricKeys" k ON k."Id" = m."KeyId"
                ORDER BY m."ReportId", m."Ordinal";
                """);
            migrationBuilder.Sql("""DROP TABLE "Metrics";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Metrics" RENAME TO "Metrics";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Metrics_Key" ON "Metrics" ("Key");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Metrics_ReportId" ON "Metrics" ("ReportId");""");
            migrationBuilder.Sql("""DROP TABLE "MetricKeys";""");
        }
    }
}
