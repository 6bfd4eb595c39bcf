using Microsoft.Extensions.Options;

namespace CeasefireTracker.Data.Caching;

/// <summary>
/// The store's one change stamp: a row whose token every save of records sets anew, in the save's own transaction.
/// Every app instance reads it every <see cref="DatabaseOptions.ChangePollInterval"/> (<see cref="StoreChangePoller"/>),
/// so a change committed by another instance or process moves this instance's <see cref="StoreGeneration"/> within
/// that interval. A random token, not a counter: two instances saving at once from the same value would write the
/// same count, and a poller between them would miss the second.
/// </summary>
public sealed class StoreStamp
{
    public const int TheId = 1;

    public int Id { get; set; } = TheId;

    public Guid Token { get; set; }
}

public sealed class StoreStampConfiguration : IEntityTypeConfiguration<StoreStamp>
{
    public void Configure(EntityTypeBuilder<StoreStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new StoreStamp { Id = StoreStamp.TheId, Token = Guid.Empty });
    }
}

/// <summary>Moves <see cref="StoreGeneration"/> when another instance or process has committed a change.</summary>
public sealed class StoreChangePoller(IDbContextFactory<TrackerDbContext> factory, IOptions<DatabaseOptions> options,
    ILogger<StoreChangePoller> logger) : BackgroundService
{
    private long _changesSeen;

    /// <summary>How many changes by others (or by this instance) this poller has passed on.</summary>
    public long ChangesSeen => Interlocked.Read(ref _changesSeen);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Guid? seen = null;
        var failing = false;
        using var timer = new PeriodicTimer(options.Value.ChangePollInterval);
        do
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(stoppingToken);
                var token = await db.StoreStamps.AsNoTracking().Where(s => s.Id == StoreStamp.TheId).Select(s => s.Token)
                    .FirstOrDefaultAsync(stoppingToken);
                if (seen is not null && token != seen)
                {
                    StoreGeneration.Advance();
                    Interlocked.Increment(ref _changesSeen);
                }

                seen = token;
                if (failing) logger.LogInformation("The store's change stamp is readable again");
                failing = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Once per outage, not every half second; caches fall back on their 30 s lifetime meanwhile.
                if (!failing) logger.LogWarning(ex, "Cannot read the store's change stamp: {Reason}", ex.Message);
                failing = true;
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
