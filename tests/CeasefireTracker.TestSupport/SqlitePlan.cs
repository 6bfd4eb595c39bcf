using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.TestSupport;

/// <summary>SQLite's query plan of an EF query, step by step (the detail column of EXPLAIN QUERY PLAN).</summary>
public static class SqlitePlan
{
    /// <summary>The plan of <paramref name="query"/> on <paramref name="connection"/>, which must be open.</summary>
    public static IReadOnlyList<string> Of(DbConnection connection, IQueryable query)
    {
        using var command = connection.CreateCommand();
        // ToQueryString declares parameters with .param set lines; EXPLAIN needs the bare statement with its values bound.
        var lines = query.ToQueryString().Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Trim().Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = parts[1].Trim('\'');
            command.Parameters.Add(parameter);
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var plan = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) plan.Add(reader.GetString(3));
        return plan;
    }
}
