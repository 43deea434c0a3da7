using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
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
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    FileType = table.Column<string>(type: "TEXT", nullable: false),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", nullable: false),
                    Encoding = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    AgencyId = table.Column<long>(type: "INTEGER", nullable: true),
                    AgencyName = table.Column<string>(type: "TEXT", nullable: true),
                    AgencyKind = table.Column<string>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Published = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PublishedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Template = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginalText = table.Column<string>(type: "TEXT", nullable: false),
                    NormalizedText = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Indexed = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 96, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SourceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_Metrics_ReportId_Key",
                table: "Metrics",
                columns: new[] { "ReportId", "Key" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Metrics");

            migrationBuilder.DropTable(
                name: "QualityFlags");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
