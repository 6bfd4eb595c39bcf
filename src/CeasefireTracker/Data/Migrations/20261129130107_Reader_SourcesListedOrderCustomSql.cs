using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <summary>
    /// The sources page lists newest first by publication date, else reference date (SourceQuery); an index on that
    /// expression, written as the query orders, replaces a sort of every source (51,000 at 1M reports: 50-65 ms a page
    /// against about 1 ms). EF's model cannot express an index on an expression, hence the SQL.
    /// </summary>
    public partial class Reader_SourcesListedOrderCustomSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_Sources_Listed" ON "Sources" (COALESCE("PublishedOn", "ReferenceDate") DESC, "Id");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Sources_Listed";""");
        }
    }
}
