using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Pg_Pickers_SourceTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sources_Title_IsDeleted",
                table: "Sources",
                columns: new[] { "Title", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sources_Title_IsDeleted",
                table: "Sources");
        }
    }
}
