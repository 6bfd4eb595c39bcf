using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_ConflictId_IsDeleted_Kind_OccurredAtUtc_Id",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_ConflictId_IsDeleted_OccurredAtUtc_Id",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_Statements_ConflictId_IsDeleted_SaidOn_Id",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_AffectedSideId_IsDeleted_PeriodEnd_Id",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_Category_PeriodEnd_Id",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_Kind_PeriodEnd_Id",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_PeriodEnd_Id",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_Qualifier_PeriodEnd_Id",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ReportingPartyId_IsDeleted_PeriodEnd_Id",
                table: "CasualtyReports");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_ConflictId_Kind_OccurredAtUtc_Id_IsDeleted",
                table: "TimelineEvents",
                columns: new[] { "ConflictId", "Kind", "OccurredAtUtc", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_ConflictId_OccurredAtUtc_Id_IsDeleted",
                table: "TimelineEvents",
                columns: new[] { "ConflictId", "OccurredAtUtc", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_OccurredAtUtc_Id_IsDeleted",
                table: "TimelineEvents",
                columns: new[] { "OccurredAtUtc", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ConflictId_SaidOn_Id_IsDeleted",
                table: "Statements",
                columns: new[] { "ConflictId", "SaidOn", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SaidOn_Id_IsDeleted",
                table: "Statements",
                columns: new[] { "SaidOn", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_AffectedSideId_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "AffectedSideId", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_BestEstimate_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "BestEstimate", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_Category_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "Category", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ConflictId_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "ConflictId", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_Kind_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "Kind", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_Qualifier_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "Qualifier", "PeriodEnd", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ReportingPartyId_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports",
                columns: new[] { "ReportingPartyId", "PeriodEnd", "Id", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_ConflictId_Kind_OccurredAtUtc_Id_IsDeleted",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_ConflictId_OccurredAtUtc_Id_IsDeleted",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_OccurredAtUtc_Id_IsDeleted",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_Statements_ConflictId_SaidOn_Id_IsDeleted",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Statements_SaidOn_Id_IsDeleted",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_AffectedSideId_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_BestEstimate_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_Category_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ConflictId_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_Kind_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_Qualifier_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.DropIndex(
                name: "IX_CasualtyReports_ReportingPartyId_PeriodEnd_Id_IsDeleted",
                table: "CasualtyReports");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_ConflictId_IsDeleted_Kind_OccurredAtUtc_Id",
                table: "TimelineEvents",
                columns: new[] { "ConflictId", "IsDeleted", "Kind", "OccurredAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_ConflictId_IsDeleted_OccurredAtUtc_Id",
                table: "TimelineEvents",
                columns: new[] { "ConflictId", "IsDeleted", "OccurredAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ConflictId_IsDeleted_SaidOn_Id",
                table: "Statements",
                columns: new[] { "ConflictId", "IsDeleted", "SaidOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_AffectedSideId_IsDeleted_PeriodEnd_Id",
                table: "CasualtyReports",
                columns: new[] { "AffectedSideId", "IsDeleted", "PeriodEnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_Category_PeriodEnd_Id",
                table: "CasualtyReports",
                columns: new[] { "ConflictId", "IsDeleted", "Category", "PeriodEnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_Kind_PeriodEnd_Id",
                table: "CasualtyReports",
                columns: new[] { "ConflictId", "IsDeleted", "Kind", "PeriodEnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_PeriodEnd_Id",
                table: "CasualtyReports",
                columns: new[] { "ConflictId", "IsDeleted", "PeriodEnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ConflictId_IsDeleted_Qualifier_PeriodEnd_Id",
                table: "CasualtyReports",
                columns: new[] { "ConflictId", "IsDeleted", "Qualifier", "PeriodEnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CasualtyReports_ReportingPartyId_IsDeleted_PeriodEnd_Id",
                table: "CasualtyReports",
                columns: new[] { "ReportingPartyId", "IsDeleted", "PeriodEnd", "Id" });
        }
    }
}
