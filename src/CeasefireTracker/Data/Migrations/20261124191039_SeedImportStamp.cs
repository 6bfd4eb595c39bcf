using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeedImportStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SeedImportStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedImportStamps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeedImportStamps_ContentHash",
                table: "SeedImportStamps",
                column: "ContentHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SeedImportStamps");
        }
    }
}
