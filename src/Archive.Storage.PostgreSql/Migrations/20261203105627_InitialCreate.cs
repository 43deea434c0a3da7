using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Archive.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ParentCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Regions_Regions_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SavedSearches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Query = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    FilterJson = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FeedToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "character varying(6)", nullable: true, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SourcePath = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FileName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FileType = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FileSize = table.Column<long>(type: "bigint", nullable: false),
                    FileHash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Encoding = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AgencyId = table.Column<long>(type: "bigint", nullable: true),
                    AgencyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AgencyKind = table.Column<string>(type: "text", nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true, collation: "C"),
                    ProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true, collation: "C"),
                    PrefectureCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true, collation: "C"),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Published = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    PublishedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Template = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginalText = table.Column<byte[]>(type: "bytea", nullable: true),
                    NormalizedText = table.Column<byte[]>(type: "bytea", nullable: false),
                    Notes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Indexed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reports_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Metrics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: false, collation: "C"),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Origin = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SourceStart = table.Column<int>(type: "integer", nullable: false),
                    SourceEnd = table.Column<int>(type: "integer", nullable: false),
                    SourceText = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Metrics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Metrics_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QualityFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityFlags_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportCells",
                columns: table => new
                {
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    CellCount = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCells", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_ReportCells_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Kind",
                table: "Agencies",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Name_RegionCode",
                table: "Agencies",
                columns: new[] { "Name", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_RegionCode",
                table: "Agencies",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_Key",
                table: "Metrics",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Metrics_ReportId",
                table: "Metrics",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFlags_Kind",
                table: "QualityFlags",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFlags_ReportId",
                table: "QualityFlags",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Name",
                table: "Regions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentCode",
                table: "Regions",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AgencyId",
                table: "Reports",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AgencyKind",
                table: "Reports",
                column: "AgencyKind");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ContentHash",
                table: "Reports",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CountyCode",
                table: "Reports",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Indexed",
                table: "Reports",
                column: "Indexed");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PrefectureCode",
                table: "Reports",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ProvinceCode",
                table: "Reports",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionCode",
                table: "Reports",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SourcePath",
                table: "Reports",
                column: "SourcePath");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Year",
                table: "Reports",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_FeedToken",
                table: "SavedSearches",
                column: "FeedToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Metrics");

            migrationBuilder.DropTable(
                name: "QualityFlags");

            migrationBuilder.DropTable(
                name: "ReportCells");

            migrationBuilder.DropTable(
                name: "SavedSearches");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
