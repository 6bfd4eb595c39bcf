using Microsoft.EntityFrameworkCore;
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
