namespace CeasefireTracker.TestSupport;

/// <summary>A test that needs a PostgreSQL server (<see cref="TestStore.ServerVariable"/>); skipped without one.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestStore.PostgreSqlServer is null) Skip = $"No PostgreSQL server: set {TestStore.ServerVariable} (bash .ci/test does).";
    }
}
