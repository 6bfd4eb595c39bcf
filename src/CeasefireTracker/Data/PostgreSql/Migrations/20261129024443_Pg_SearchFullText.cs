using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <summary>
    /// PostgreSQL's counterpart of SQLite's FTS5 search index (Reader_SearchIndexFts5CustomSql): accent- and
    /// case-insensitive word search through GIN indexes over unaccented 'simple' text vectors. unaccent is a trusted
    /// extension (PostgreSQL 13+): the database's owner may create it. SearchQuery uses the same two functions with the
    /// same expressions, so the planner finds these indexes.
    /// </summary>
    public partial class Pg_SearchFullText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE OR REPLACE FUNCTION tracker_search_text(text) RETURNS tsvector
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS $$ SELECT to_tsvector('simple'::regconfig, public.unaccent('public.unaccent'::regdictionary, coalesce($1, ''))) $$;
                CREATE OR REPLACE FUNCTION tracker_search_query(text) RETURNS tsquery
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS $$ SELECT to_tsquery('simple'::regconfig, public.unaccent('public.unaccent'::regdictionary, $1)) $$;
                CREATE INDEX "IX_Sources_Search" ON "Sources" USING gin (tracker_search_text("Title" || ' ' || "FullText"));
                CREATE INDEX "IX_Statements_Search" ON "Statements" USING gin (tracker_search_text(coalesce("Summary", '') || ' ' || "Text"));
                CREATE INDEX "IX_TimelineEvents_Search" ON "TimelineEvents" USING gin (tracker_search_text("Title" || ' ' || "Quote"));
                CREATE INDEX "IX_Parties_Search" ON "Parties" USING gin (tracker_search_text("Name" || ' ' || coalesce("Aliases", '')));
                CREATE INDEX "IX_CasualtyReports_Search" ON "CasualtyReports" USING gin (tracker_search_text("Quote"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_CasualtyReports_Search";
                DROP INDEX IF EXISTS "IX_Parties_Search";
                DROP INDEX IF EXISTS "IX_TimelineEvents_Search";
                DROP INDEX IF EXISTS "IX_Statements_Search";
                DROP INDEX IF EXISTS "IX_Sources_Search";
                DROP FUNCTION IF EXISTS tracker_search_query(text);
                DROP FUNCTION IF EXISTS tracker_search_text(text);
                """);
        }
    }
}
