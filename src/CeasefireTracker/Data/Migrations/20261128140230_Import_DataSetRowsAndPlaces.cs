using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Import_DataSetRowsAndPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DataSetRowId",
                table: "TimelineEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "TimelineEvents",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "TimelineEvents",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin1",
                table: "TimelineEvents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin2",
                table: "TimelineEvents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceCountry",
                table: "TimelineEvents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceName",
                table: "TimelineEvents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacePrecision",
                table: "TimelineEvents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Parties",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DataSetRowId",
                table: "CasualtyReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "CasualtyReports",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "CasualtyReports",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin1",
                table: "CasualtyReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin2",
                table: "CasualtyReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceCountry",
                table: "CasualtyReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceName",
                table: "CasualtyReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacePrecision",
                table: "CasualtyReports",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataSetRows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DataSetVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceArticle = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceHeadline = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceOffice = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceDate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceOriginal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSetRows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportColumnMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportColumnMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DataSetVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsWritten = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_DataSetRowId",
                table: "TimelineEvents",
                column: "DataSetRowId");

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_DataSetRowId",
                table: "CasualtyReports",
                column: "DataSetRowId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSetRows_DataSet_RowId",
                table: "DataSetRows",
                columns: new[] { "DataSet", "RowId" });

            migrationBuilder.CreateIndex(
                name: "IX_DataSetRows_ExternalId",
                table: "DataSetRows",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportColumnMappings_Name",
                table: "ImportColumnMappings",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_StartedAtUtc",
                table: "ImportRuns",
                column: "StartedAtUtc");

            migrationBuilder.AddForeignKey(
                name: "FK_CasualtyReports_DataSetRows_DataSetRowId",
                table: "CasualtyReports",
                column: "DataSetRowId",
                principalTable: "DataSetRows",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_TimelineEvents_DataSetRows_DataSetRowId",
                table: "TimelineEvents",
                column: "DataSetRowId",
                principalTable: "DataSetRows",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CasualtyReports_DataSetRows_DataSetRowId",
                table: "CasualtyReports");

            migrationBuilder.DropForeignKey(
                name: "FK_TimelineEvents_DataSetRows_DataSetRowId",
                table: "TimelineEvents");

            migrationBuilder.DropTable(
                name: "DataSetRows");

            migrationBuilder.DropTable(
                name: "ImportColumnMappings");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_DataSetRowId",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_DataSetRowId",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "DataSetRowId",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "PlaceAdmin1",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "PlaceAdmin2",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "PlaceCountry",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "PlaceName",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "PlacePrecision",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "DataSetRowId",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "PlaceAdmin1",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "PlaceAdmin2",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "PlaceCountry",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "PlaceName",
                table: "CasualtyReports");

            migrationBuilder.DropColumn(
                name: "PlacePrecision",
                table: "CasualtyReports");
        }
    }
}
