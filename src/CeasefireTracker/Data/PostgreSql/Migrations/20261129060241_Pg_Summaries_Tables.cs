using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Pg_Summaries_Tables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KilledTollSummaries",
                columns: table => new
                {
                    Interval = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConflictId = table.Column<int>(type: "integer", nullable: false),
                    AffectedSideId = table.Column<int>(type: "integer", nullable: false),
                    ReportingPartyId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Bucket = table.Column<DateOnly>(type: "date", nullable: false),
                    Figure = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KilledTollSummaries", x => new { x.Interval, x.ConflictId, x.AffectedSideId, x.ReportingPartyId, x.Category, x.Bucket });
                });

            migrationBuilder.CreateTable(
                name: "LatestClaimSummaries",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    ConflictId = table.Column<int>(type: "integer", nullable: false),
                    AffectedSideId = table.Column<int>(type: "integer", nullable: false),
                    ReportingPartyId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LatestClaimSummaries", x => x.ReportId);
                });

            migrationBuilder.CreateTable(
                name: "RecordCountSummaries",
                columns: table => new
                {
                    RecordType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordCountSummaries", x => x.RecordType);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_Side_Qualifier",
                table: "CasualtyReports",
                columns: new[] { "AffectedSideId", "Qualifier", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_SummaryGroup",
                table: "CasualtyReports",
                columns: new[] { "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "Basis", "PeriodEnd", "IsDeleted", "BestEstimate" });

            migrationBuilder.CreateIndex(
                name: "IX_LatestClaimSummaries_ConflictId_AffectedSideId_ReportingPar~",
                table: "LatestClaimSummaries",
                columns: new[] { "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind" });

            // A store with records already in it gets its summaries from them now; later saves keep them right.
            foreach (var command in CeasefireTracker.Data.Summaries.SummarySql.RebuildCountsClaimsAndToll(postgreSql: true))
                migrationBuilder.Sql(command.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KilledTollSummaries");

            migrationBuilder.DropTable(
                name: "LatestClaimSummaries");

            migrationBuilder.DropTable(
                name: "RecordCountSummaries");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_Side_Qualifier",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_SummaryGroup",
                table: "CasualtyReports");
        }
    }
}
