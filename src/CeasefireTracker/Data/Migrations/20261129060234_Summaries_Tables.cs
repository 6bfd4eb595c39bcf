using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Summaries_Tables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KilledTollSummaries",
                columns: table => new
                {
                    Interval = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConflictId = table.Column<int>(type: "INTEGER", nullable: false),
                    AffectedSideId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Bucket = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Figure = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KilledTollSummaries", x => new { x.Interval, x.ConflictId, x.AffectedSideId, x.ReportingPartyId, x.Category, x.Bucket });
                });

            migrationBuilder.CreateTable(
                name: "LatestClaimSummaries",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConflictId = table.Column<int>(type: "INTEGER", nullable: false),
                    AffectedSideId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LatestClaimSummaries", x => x.ReportId);
                });

            migrationBuilder.CreateTable(
                name: "RecordCountSummaries",
                columns: table => new
                {
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_LatestClaimSummaries_ConflictId_AffectedSideId_ReportingPartyId_Category_Kind",
                table: "LatestClaimSummaries",
                columns: new[] { "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind" });

            // A store with records already in it gets its summaries from them now; later saves keep them right.
            foreach (var command in CeasefireTracker.Data.Summaries.SummarySql.RebuildCountsClaimsAndToll(postgreSql: false))
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
