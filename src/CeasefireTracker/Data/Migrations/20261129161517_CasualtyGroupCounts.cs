using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class CasualtyGroupCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CasualtyGroupCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConflictId = table.Column<int>(type: "INTEGER", nullable: false),
                    AffectedSideId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasualtyGroupCounts", x => new { x.ConflictId, x.AffectedSideId, x.ReportingPartyId, x.Category, x.Kind, x.Qualifier, x.Month });
                });

            // A store with reports already in it gets their counts now (written out here, as this migration's table is).
            migrationBuilder.Sql("""
                INSERT INTO "CasualtyGroupCounts" ("ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "Qualifier", "Month", "Count")
                SELECT "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "Qualifier", substr("PeriodEnd", 1, 7) || '-01', COUNT(*)
                FROM "CasualtyReports" WHERE NOT "IsDeleted"
                GROUP BY "ConflictId", "AffectedSideId", "ReportingPartyId", "Category", "Kind", "Qualifier", substr("PeriodEnd", 1, 7) || '-01'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CasualtyGroupCounts");
        }
    }
}
