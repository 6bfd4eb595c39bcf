using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CeasefireTracker.Data.PostgreSql;

/// <summary>
/// What the model needs on PostgreSQL beyond the shared configuration. Npgsql is strict about DateTime kinds:
/// <c>timestamp with time zone</c> takes only UTC values and <c>timestamp without time zone</c> only non-UTC ones,
/// while the code (like SQLite) carries unspecified kinds around, for example a timeline cursor parsed from an
/// address. So each DateTime column says what it holds: names ending in "Utc" are instants (timestamptz, read and
/// written as UTC), every other DateTime is a wall time as the source gives it (timestamp without time zone).
/// </summary>
internal static class PostgreSqlModel
{
    private static readonly ValueConverter<DateTime, DateTime> AsUtc =
        new(v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime, DateTime> AsWallTime =
        new(v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));

    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            QuoteCheckConstraintColumns(entity);
            ApplyDateTimeColumns(entity);
        }
    }

    /// <summary>
    /// Check constraints are written once, with SQLite's bare column names; PostgreSQL folds bare names to lower case
    /// (and our columns are mixed case), so here each column name in them is quoted.
    /// </summary>
    private static void QuoteCheckConstraintColumns(IMutableEntityType entity)
    {
        foreach (var constraint in entity.GetCheckConstraints().ToList())
        {
            var sql = entity.GetProperties().Select(p => p.GetColumnName()).Distinct()
                .Aggregate(constraint.Sql, (text, column) => Regex.Replace(text, $"(?<![\"\\w]){Regex.Escape(column)}(?![\"\\w])", $"\"{column}\""));
            entity.RemoveCheckConstraint(constraint.ModelName);
            entity.AddCheckConstraint(constraint.ModelName, sql);
        }
    }

    private static void ApplyDateTimeColumns(IMutableEntityType entity)
    {
        foreach (var property in entity.GetProperties())
        {
            if (property.ClrType != typeof(DateTime) && property.ClrType != typeof(DateTime?)) continue;
            if (property.Name.EndsWith("Utc", StringComparison.Ordinal))
            {
                property.SetValueConverter(AsUtc);
                property.SetColumnType("timestamp with time zone");
            }
            else
            {
                property.SetValueConverter(AsWallTime);
                property.SetColumnType("timestamp without time zone");
            }
        }
    }
}
