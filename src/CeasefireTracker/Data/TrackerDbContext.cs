using System.Reflection;
using CeasefireTracker.Data.Caching;
using CeasefireTracker.Data.Integrity;
using CeasefireTracker.Data.PostgreSql;
using CeasefireTracker.Data.Summaries;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CeasefireTracker.Data;

public class TrackerDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    private readonly UnreadableRecords? _unreadable;

    public TrackerDbContext(DbContextOptions<TrackerDbContext> options) : base(options) { }

    /// <summary>The app's contexts: reads leave out the records <paramref name="unreadable"/> found broken.</summary>
    [ActivatorUtilitiesConstructor]
    public TrackerDbContext(DbContextOptions<TrackerDbContext> options, UnreadableRecords unreadable) : base(options) =>
        _unreadable = unreadable;

    public DbSet<Conflict> Conflicts => Set<Conflict>();
    public DbSet<Side> Sides => Set<Side>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();
    public DbSet<Ceasefire> Ceasefires => Set<Ceasefire>();
    public DbSet<CeasefireTerm> CeasefireTerms => Set<CeasefireTerm>();
    public DbSet<CasualtyReport> CasualtyReports => Set<CasualtyReport>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataSetRow> DataSetRows => Set<DataSetRow>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportColumnMapping> ImportColumnMappings => Set<ImportColumnMapping>();
    public DbSet<StoreStamp> StoreStamps => Set<StoreStamp>();
    public DbSet<LatestClaimSummary> LatestClaimSummaries => Set<LatestClaimSummary>();
    public DbSet<KilledTollSummary> KilledTollSummaries => Set<KilledTollSummary>();
    public DbSet<RecordCountSummary> RecordCountSummaries => Set<RecordCountSummary>();
    public DbSet<CasualtyDayCount> CasualtyDayCounts => Set<CasualtyDayCount>();
    public DbSet<CasualtyGroupCount> CasualtyGroupCounts => Set<CasualtyGroupCount>();

    /// <summary>ASP.NET Core's Data Protection keys, shared by every app instance (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Here, not in the registration: every context moves the store generation, however its options were built.
    // The migrations of the provider in use, however the options were built (ProviderMigrationsAssembly).
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(StoreGenerationInterceptor.Instance)
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(Entity).IsAssignableFrom(t.ClrType)).ToList())
            FilterRecordsMethod.MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
        if (Database.IsNpgsql()) PostgreSqlModel.Apply(builder);
    }

    private static readonly MethodInfo FilterRecordsMethod =
        typeof(TrackerDbContext).GetMethod(nameof(FilterRecords), BindingFlags.NonPublic | BindingFlags.Instance)!;

    // Deleted records stay in the table, restorable; every ordinary read skips them, and the records whose stored
    // values cannot be read (UnreadableRecords). Ids is null in a healthy store, and EF then drops that test from the SQL.
    private void FilterRecords<T>(ModelBuilder builder) where T : Entity =>
        builder.Entity<T>().HasQueryFilter(e => !e.IsDeleted && (UnreadableIds(typeof(T)) == null || !UnreadableIds(typeof(T))!.Contains(e.Id)));

    private int[]? UnreadableIds(Type type) => _unreadable?.IdsOf(type);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text keep the database readable by an analyst with a SQLite shell.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    // Every save of records keeps the summary tables right in its own transaction: the caller's, or one opened here,
    // so no writer (editor, seed, import) can leave them behind the records.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = DetectChangesOnce();
        try
        {
            StampChanges();
            var summaries = SummaryChanges.Collect(ChangeTracker);
            if (summaries is null) return base.SaveChanges(acceptAllChangesOnSuccess);
            using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            SummaryMaintenance.Execute(this, summaries.Commands(this.IsPostgreSql()));
            own?.Commit();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = DetectChangesOnce();
        try
        {
            StampChanges();
            var summaries = SummaryChanges.Collect(ChangeTracker);
            if (summaries is null) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await SummaryMaintenance.ExecuteAsync(this, summaries.Commands(this.IsPostgreSql()), cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// Saves records that are all new (<paramref name="records"/>, each principal before the records that refer to it)
    /// and their links through <paramref name="rows"/>' prepared inserts instead of EF's save, with the same hooks:
    /// stamps, the store's change stamp, summaries, store generation. SQLite, inside the caller's transaction; any other
    /// change tracked (an update, a delete), or another store, takes EF's save.
    /// </summary>
    public async Task<int> SaveNewAsync(NewRecordRows rows, IReadOnlyList<EntityEntry> records, CancellationToken ct = default)
    {
        if (!Database.IsSqlite() || Database.CurrentTransaction is null) return await SaveChangesAsync(ct);
        var detecting = DetectChangesOnce();
        try
        {
            var given = new HashSet<object>(records.Select(e => e.Entity), ReferenceEqualityComparer.Instance);
            var links = new List<EntityEntry>();
            foreach (var entry in ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
                if (entry.State == EntityState.Added && given.Contains(entry.Entity)) continue;
                // A link row (an event's party): a join table's, keyed by the records it links.
                if (entry.State == EntityState.Added && entry.Entity is not Entity
                    && entry.Metadata.FindPrimaryKey()?.Properties.All(p => p.IsForeignKey()) == true)
                {
                    links.Add(entry);
                    continue;
                }

                return await SaveChangesAsync(ct);
            }

            StampChanges();
            var summaries = SummaryChanges.Collect(ChangeTracker);
            StoreGenerationInterceptor.BeforeOwnSave(this);
            var saved = 0;
            foreach (var entry in records.Where(e => e.State == EntityState.Added).Concat(links))
            {
                rows.Write(entry);
                saved++;
            }

            if (ChangeTracker.Entries<StoreStamp>().FirstOrDefault() is { State: EntityState.Modified } stamp)
            {
                rows.Stamp(stamp.Entity.Token);
                saved++;
            }

            ChangeTracker.AcceptAllChanges();
            if (summaries is not null) await SummaryMaintenance.ExecuteAsync(this, summaries.Commands(postgreSql: false), ct);
            StoreGenerationInterceptor.AfterOwnSave(this);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    // Every ChangeTracker.Entries() call and EF's own save scan all tracked records for changes: five scans of 2,000
    // records per chunk of an import, its largest cost (profiled). One scan here; the stamps below are set through
    // their entries, so nothing changes behind the tracker's back until the save is done.
    private bool DetectChangesOnce()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        if (detecting) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return detecting;
    }

    // SQLite has no row version: every save of a record gets a new token, and the token the editor read is
    // what EF compares against, so a save over someone else's change fails with DbUpdateConcurrencyException.
    private void StampChanges()
    {
        var now = DateTime.UtcNow;
        var recordsChanged = false;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            recordsChanged |= entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity.CreatedAtUtc == default) entry.Property(e => e.CreatedAtUtc).CurrentValue = now;
                    entry.Property(e => e.UpdatedAtUtc).CurrentValue = now;
                    break;
                case EntityState.Modified:
                    entry.Property(e => e.UpdatedAtUtc).CurrentValue = now;
                    entry.Property(e => e.Version).CurrentValue = Guid.NewGuid();
                    break;
            }
        }

        if (recordsChanged) StampStore();
    }

    // In the same SaveChanges, so in the same transaction: other instances see the new stamp exactly when the change.
    private void StampStore()
    {
        var stamp = ChangeTracker.Entries<StoreStamp>().FirstOrDefault()?.Entity;
        if (stamp is null) Attach(stamp = new StoreStamp());
        stamp.Token = Guid.NewGuid();
        Entry(stamp).Property(s => s.Token).IsModified = true;
    }
}
