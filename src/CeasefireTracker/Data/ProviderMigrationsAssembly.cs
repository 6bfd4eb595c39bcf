using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CeasefireTracker.Data;

/// <summary>
/// One context type, two sets of migrations in this assembly: SQLite's in <c>Data/Migrations</c> and PostgreSQL's in
/// <c>Data/PostgreSql/Migrations</c> (namespace <see cref="PostgreSqlNamespace"/>). EF's own lookup would take both
/// sets (and either snapshot); this one keeps the set of the provider in use, for migrating and for
/// <c>dotnet ef migrations add</c> alike. Keeping one context type keeps the tools' default command working
/// without <c>--context</c>, and every <c>IDbContextFactory&lt;TrackerDbContext&gt;</c> as it is.
/// </summary>
public sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator) : IMigrationsAssembly
{
    public const string PostgreSqlNamespace = "CeasefireTracker.Data.PostgreSql.Migrations";

    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly bool _postgreSql = currentContext.Context.Database.IsNpgsql();
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public Assembly Assembly => typeof(TrackerDbContext).Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Assembly.DefinedTypes
        .Where(t => t.IsSubclassOf(typeof(Migration)) && Mine(t))
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotRead) return _snapshot;
            _snapshotRead = true;
            var type = Assembly.DefinedTypes.FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && Mine(t));
            return _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool Mine(TypeInfo type) =>
        type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
        && (type.Namespace?.StartsWith(PostgreSqlNamespace, StringComparison.Ordinal) ?? false) == _postgreSql;
}
