using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Restore_ConflictTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Conflicts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // A store seeded before this migration gets the seed conflict's zone (the seed file now gives it).
            migrationBuilder.Sql("UPDATE \"Conflicts\" SET \"TimeZoneId\" = 'Asia/Baku' WHERE \"ExternalId\" = 'conflict-nagorno-karabakh'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Conflicts");
        }
    }
}
