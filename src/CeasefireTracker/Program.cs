using CeasefireTracker.Components;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Data.Seeding;
using CeasefireTracker.Features.Api;
using CeasefireTracker.Features.Export;
using CeasefireTracker.Features.Generation;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    if (GenerateCommand.IsInvoked(args)) return await GenerateCommand.RunAsync(args);

    var builder = WebApplication.CreateBuilder(args);
    builder.AddTrackerLogging();
    builder.AddTrackerData();
    builder.AddTrackerUi();
    builder.AddTrackerAccounts();
    builder.AddTrackerEditing();
    builder.AddTrackerExports();
    builder.AddTrackerApi();

    var app = builder.Build();
    await app.InitializeTrackerDatabaseAsync();
    if (CreateAdminCommand.IsRequested(args))
        return await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out);
    app.UseTrackerApi();
    app.UseTrackerPipeline();
    app.MapTrackerExports();
    app.MapTrackerApi();
    app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation("Serving {Elapsed} ms after the process started",
        (long)(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds));
    await app.RunAsync();
    return 0;
}
catch (SeedDataException ex)
{
    // A data problem, not a crash: the message names the file and record to fix; a stack trace would only hide it.
    Log.Fatal("Start-up stopped, nothing was imported: {Problem}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CeasefireTracker stopped: {Reason}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point type, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
