using CeasefireTracker.Components;
using CeasefireTracker.Data;
using CeasefireTracker.Features.Backup;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Data.Seeding;
using CeasefireTracker.Features.Api;
using CeasefireTracker.Features.Commands;
using CeasefireTracker.Features.Export;
using CeasefireTracker.Features.Generation;
using CeasefireTracker.Features.Security;
using CeasefireTracker.Features.Import;
using CeasefireTracker.Features.Ingestion;
using CeasefireTracker.Features.Ingestion.Evaluation;
using CeasefireTracker.Features.Search;
using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Ceasefires;
using CeasefireTracker.Features.Overview;
using CeasefireTracker.Features.Parties;
using CeasefireTracker.Features.Permalinks;
using CeasefireTracker.Features.Sources;
using CeasefireTracker.Features.Statements;
using CeasefireTracker.Features.Summaries;
using CeasefireTracker.Features.Timeline;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    // A command may follow host options (--urls x create-admin); an unknown word stops here, before any server starts.
    var commandLine = CommandLine.Read(args);
    if (commandLine.Error is not null)
    {
        await Console.Error.WriteLineAsync(commandLine.Error);
        return 2;
    }

    args = [.. commandLine.Arguments];
    if (GenerateCommand.IsInvoked(args)) return await GenerateCommand.RunAsync(args);
    if (EvaluateIngestionCommand.IsInvoked(args)) return EvaluateIngestionCommand.Run(args, Console.Out);

    var builder = WebApplication.CreateBuilder(args);
    builder.AddTrackerLogging();
    builder.AddTrackerData();
    if (BackupCommand.IsRequested(args))
        return await BackupCommand.RunAsync(builder.Configuration, builder.Environment.ContentRootPath, args, Console.Out);
    builder.AddTrackerUi();
    builder.AddTrackerAccounts();
    builder.AddTrackerEditing();
    builder.AddTrackerSecurity();
    builder.AddImport();
    builder.AddIngestion();
    builder.AddSearch();
    // Each reader feature registers its queries and its pages' addresses; the shell knows none of them.
    builder.Services.AddOverviewQueries().AddTimelineQueries().AddCasualtyQueries().AddCeasefireQueries()
        .AddStatementQueries().AddPartyQueries().AddSourceQueries().AddRecordPages();
    builder.AddTrackerExports();
    builder.AddTrackerApi();

    var app = builder.Build();
    await app.InitializeTrackerDatabaseAsync();
    // CommandLine.Read put the command first: one comparison with its name tells which to run.
    if (commandLine.Command == CreateAdminCommand.Name)
        return await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out);
    if (commandLine.Command == ImportCommand.Name) return await ImportCommand.RunAsync(app.Services, args, Console.Out);
    if (commandLine.Command == RebuildSummariesCommand.Name) return await RebuildSummariesCommand.RunAsync(app.Services, Console.Out);
    app.UseMiddleware<ServerTiming>();
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
