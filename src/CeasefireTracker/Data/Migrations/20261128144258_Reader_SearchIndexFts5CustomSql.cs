using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reader_SearchIndexFts5CustomSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over sources, statements, events, parties and quotes (Features/Search). SQLite only:
            // on PostgreSQL the search reads the tables themselves. Accent-insensitive ("reunis" finds "réunis").
            // A row's rowid is its record's id * 8 + its kind (1 source, 2 statement, 3 event, 4 party, 5 casualty
            // report), so triggers replace one entry by rowid, without a scan.
            if (!migrationBuilder.IsSqlite()) return;
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchIndex USING fts5(title, body, link UNINDEXED, lang UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Sources_Insert AFTER INSERT ON Sources WHEN NEW.IsDeleted = 0 BEGIN INSERT INTO SearchIndex(rowid, title, body, link, lang) VALUES (NEW.Id * 8 + 1, NEW.Title, NEW.FullText, 'sources/' || NEW.Id, NEW.Language); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Sources_Update AFTER UPDATE ON Sources BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 1; INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT NEW.Id * 8 + 1, NEW.Title, NEW.FullText, 'sources/' || NEW.Id, NEW.Language WHERE NEW.IsDeleted = 0; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Sources_Delete AFTER DELETE ON Sources BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 1; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT n.Id * 8 + 1, n.Title, n.FullText, 'sources/' || n.Id, n.Language FROM Sources AS n WHERE n.IsDeleted = 0;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Statements_Insert AFTER INSERT ON Statements WHEN NEW.IsDeleted = 0 BEGIN INSERT INTO SearchIndex(rowid, title, body, link, lang) VALUES (NEW.Id * 8 + 2, coalesce(NEW.Summary, ''), NEW.Text, 'sources/' || NEW.SourceId || '?highlight=' || NEW.QuoteStart || ':' || length(NEW.Quote), NEW.Language); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Statements_Update AFTER UPDATE ON Statements BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 2; INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT NEW.Id * 8 + 2, coalesce(NEW.Summary, ''), NEW.Text, 'sources/' || NEW.SourceId || '?highlight=' || NEW.QuoteStart || ':' || length(NEW.Quote), NEW.Language WHERE NEW.IsDeleted = 0; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Statements_Delete AFTER DELETE ON Statements BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 2; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT n.Id * 8 + 2, coalesce(n.Summary, ''), n.Text, 'sources/' || n.SourceId || '?highlight=' || n.QuoteStart || ':' || length(n.Quote), n.Language FROM Statements AS n WHERE n.IsDeleted = 0;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_TimelineEvents_Insert AFTER INSERT ON TimelineEvents WHEN NEW.IsDeleted = 0 BEGIN INSERT INTO SearchIndex(rowid, title, body, link, lang) VALUES (NEW.Id * 8 + 3, NEW.Title, NEW.Quote, 'sources/' || NEW.SourceId || '?highlight=' || NEW.QuoteStart || ':' || length(NEW.Quote), (SELECT Language FROM Sources WHERE Id = NEW.SourceId)); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_TimelineEvents_Update AFTER UPDATE ON TimelineEvents BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 3; INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT NEW.Id * 8 + 3, NEW.Title, NEW.Quote, 'sources/' || NEW.SourceId || '?highlight=' || NEW.QuoteStart || ':' || length(NEW.Quote), (SELECT Language FROM Sources WHERE Id = NEW.SourceId) WHERE NEW.IsDeleted = 0; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_TimelineEvents_Delete AFTER DELETE ON TimelineEvents BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 3; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT n.Id * 8 + 3, n.Title, n.Quote, 'sources/' || n.SourceId || '?highlight=' || n.QuoteStart || ':' || length(n.Quote), (SELECT Language FROM Sources WHERE Id = n.SourceId) FROM TimelineEvents AS n WHERE n.IsDeleted = 0;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Parties_Insert AFTER INSERT ON Parties WHEN NEW.IsDeleted = 0 BEGIN INSERT INTO SearchIndex(rowid, title, body, link, lang) VALUES (NEW.Id * 8 + 4, NEW.Name, trim(coalesce(NEW.NameInSource, '') || ' ' || coalesce(NEW.Aliases, '')), 'parties', NULL); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Parties_Update AFTER UPDATE ON Parties BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 4; INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT NEW.Id * 8 + 4, NEW.Name, trim(coalesce(NEW.NameInSource, '') || ' ' || coalesce(NEW.Aliases, '')), 'parties', NULL WHERE NEW.IsDeleted = 0; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_Parties_Delete AFTER DELETE ON Parties BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 4; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT n.Id * 8 + 4, n.Name, trim(coalesce(n.NameInSource, '') || ' ' || coalesce(n.Aliases, '')), 'parties', NULL FROM Parties AS n WHERE n.IsDeleted = 0;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_CasualtyReports_Insert AFTER INSERT ON CasualtyReports WHEN NEW.IsDeleted = 0 BEGIN INSERT INTO SearchIndex(rowid, title, body, link, lang) VALUES (NEW.Id * 8 + 5, '', NEW.Quote, 'sources/' || NEW.SourceId || '?highlight=' || NEW.QuoteStart || ':' || length(NEW.Quote), (SELECT Language FROM Sources WHERE Id = NEW.SourceId)); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_CasualtyReports_Update AFTER UPDATE ON CasualtyReports BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 5; INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT NEW.Id * 8 + 5, '', NEW.Quote, 'sources/' || NEW.SourceId || '?highlight=' || NEW.QuoteStart || ':' || length(NEW.Quote), (SELECT Language FROM Sources WHERE Id = NEW.SourceId) WHERE NEW.IsDeleted = 0; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchIndex_CasualtyReports_Delete AFTER DELETE ON CasualtyReports BEGIN DELETE FROM SearchIndex WHERE rowid = OLD.Id * 8 + 5; END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(rowid, title, body, link, lang) SELECT n.Id * 8 + 5, '', n.Quote, 'sources/' || n.SourceId || '?highlight=' || n.QuoteStart || ':' || length(n.Quote), (SELECT Language FROM Sources WHERE Id = n.SourceId) FROM CasualtyReports AS n WHERE n.IsDeleted = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_CasualtyReports_Delete;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_CasualtyReports_Update;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_CasualtyReports_Insert;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Parties_Delete;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Parties_Update;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Parties_Insert;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_TimelineEvents_Delete;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_TimelineEvents_Update;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_TimelineEvents_Insert;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Statements_Delete;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Statements_Update;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Statements_Insert;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Sources_Delete;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Sources_Update;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS SearchIndex_Sources_Insert;
                """);
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS SearchIndex;
                """);
        }
    }
}
