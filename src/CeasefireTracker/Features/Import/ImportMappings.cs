using CeasefireTracker.Data;

namespace CeasefireTracker.Features.Import;

/// <summary>Column mappings analysts saved by name, for the next file of the same kind.</summary>
public sealed class ImportMappings(IDbContextFactory<TrackerDbContext> factory)
{
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ImportColumnMappings.AsNoTracking().OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(ct);
    }

    public async Task<ColumnMapping?> FindAsync(string name, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var saved = await db.ImportColumnMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Name == name, ct);
        return saved is null ? null : ColumnMapping.FromJson(saved.Json);
    }

    /// <summary>Saves (or replaces) the mapping under its data set's name; says what was done or what is missing.</summary>
    public async Task<string> SaveAsync(ColumnMapping mapping, string userName, CancellationToken ct = default)
    {
        var missing = ColumnMapping.Required.Where(f => !mapping.Columns.ContainsKey(f)).ToList();
        if (missing.Count > 0) return $"Map {string.Join(", ", missing)} before saving.";
        await using var db = await factory.CreateDbContextAsync(ct);
        var saved = await db.ImportColumnMappings.FirstOrDefaultAsync(m => m.Name == mapping.DataSet, ct);
        if (saved is null) db.ImportColumnMappings.Add(saved = new ImportColumnMapping { Name = mapping.DataSet, Json = "", UserName = userName });
        saved.Json = mapping.ToJson();
        saved.UserName = userName;
        saved.UpdatedAtUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return $"Mapping “{mapping.DataSet}” saved.";
    }
}
