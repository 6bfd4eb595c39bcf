using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Pg_CeasefireMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CeasefireId",
                table: "TimelineEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_CeasefireId",
                table: "TimelineEvents",
                column: "CeasefireId");

            migrationBuilder.AddForeignKey(
                name: "FK_TimelineEvents_Ceasefires_CeasefireId",
                table: "TimelineEvents",
                column: "CeasefireId",
                principalTable: "Ceasefires",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TimelineEvents_Ceasefires_CeasefireId",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_CeasefireId",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "CeasefireId",
                table: "TimelineEvents");
        }
    }
}
