using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Pg_MergedModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DataSetRowId",
                table: "TimelineEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "TimelineEvents",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "TimelineEvents",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin1",
                table: "TimelineEvents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin2",
                table: "TimelineEvents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceCountry",
                table: "TimelineEvents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceName",
                table: "TimelineEvents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacePrecision",
                table: "TimelineEvents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Parties",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DataSetRowId",
                table: "CasualtyReports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "CasualtyReports",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "CasualtyReports",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin1",
                table: "CasualtyReports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceAdmin2",
                table: "CasualtyReports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceCountry",
                table: "CasualtyReports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlaceName",
                table: "CasualtyReports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacePrecision",
                table: "CasualtyReports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CanWrite = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataSetRows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DataSetVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceArticle = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceHeadline = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceOffice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceDate = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceOriginal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSetRows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportColumnMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportColumnMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DataSetVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RecordsWritten = table.Column<int>(type: "integer", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestionSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConflictId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    ArticleDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ProposalsJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionSessions", x => x.Id);
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
                name: "IX_ApiTokens_SecretHash",
                table: "ApiTokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_UserId",
                table: "ApiTokens",
                column: "UserId");

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

            migrationBuilder.CreateIndex(
                name: "IX_IngestionSessions_Status_UpdatedAtUtc",
                table: "IngestionSessions",
                columns: new[] { "Status", "UpdatedAtUtc" });

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
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "DataSetRows");

            migrationBuilder.DropTable(
                name: "ImportColumnMappings");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropTable(
                name: "IngestionSessions");

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
