using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Pg_CasualtyDayCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CasualtyDayCounts",
                columns: table => new
                {
                    ConflictId = table.Column<int>(type: "integer", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasualtyDayCounts", x => new { x.ConflictId, x.PeriodEnd });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyDayCounts_PeriodEnd_Count",
                table: "CasualtyDayCounts",
                columns: new[] { "PeriodEnd", "Count" });

            // A store with reports already in it gets their counts now (written out here, as this migration's table is).
            migrationBuilder.Sql("""
                INSERT INTO "CasualtyDayCounts" ("ConflictId", "PeriodEnd", "Count")
                SELECT "ConflictId", "PeriodEnd", COUNT(*) FROM "CasualtyReports" WHERE NOT "IsDeleted" GROUP BY "ConflictId", "PeriodEnd"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CasualtyDayCounts");
        }
    }
}
