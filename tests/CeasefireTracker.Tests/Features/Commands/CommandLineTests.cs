using System.Diagnostics;
using CeasefireTracker.Features.Commands;

namespace CeasefireTracker.Tests.Features.Commands;

/// <summary>
/// A command is found anywhere among the arguments (host options such as --urls may come first); a word that names
/// no command is an error, never a server started by accident.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("create-admin --email a@b.org", "create-admin")]
    [InlineData("--urls http://127.0.0.1:5000 create-admin --email a@b.org", "create-admin")]
    [InlineData("--urls=http://127.0.0.1:5000 create-admin --email a@b.org", "create-admin")]
    [InlineData("--environment Production import --file x.csv --version 1 --user a@b.org", "import")]
    [InlineData("--urls x generate --reports 10", "generate")]
    [InlineData("--contentRoot . evaluate-ingestion", "evaluate-ingestion")]
    [InlineData("--environment Production backup --to x.backup", "backup")]
    [InlineData("restore --from x.backup", "restore")]
    public void ACommandIsRecognisedAnywhereInTheArguments(string line, string command)
    {
        var read = CommandLine.Read(line.Split(' '));

        Assert.Equal(command, read.Command);
        Assert.Null(read.Error);
        Assert.Equal(command, read.Arguments[0]);
        Assert.Equal(line.Split(' ').Length, read.Arguments.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:5000")]
    [InlineData("--urls=http://127.0.0.1:5000 --environment Production")]
    public void WithoutACommandTheServerRuns(string line)
    {
        var read = CommandLine.Read(line.Length == 0 ? [] : line.Split(' '));

        Assert.Null(read.Command);
        Assert.Null(read.Error);
    }

    [Theory]
    [InlineData("creat-admin --email a@b.org", "creat-admin")]
    [InlineData("--urls x create_admin --email a@b.org", "create_admin")]
    [InlineData("import create-admin", "import")]
    public void AWordThatNamesNoCommandOrTwoCommandsAreAClearError(string line, string named)
    {
        var read = CommandLine.Read(line.Split(' '));

        Assert.Null(read.Command);
        Assert.NotNull(read.Error);
        Assert.Contains(named, read.Error);
        Assert.Contains("create-admin", read.Error);
    }

    [Fact]
    public async Task TheAppAnswersAMistypedCommandWithAnErrorAndStartsNoServer()
    {
        var start = new ProcessStartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "CeasefireTracker.dll"), "--urls", "http://127.0.0.1:0", "creat-admin", "--email", "a@b.org"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // A bound, not a timing assertion: a server would run until killed.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The app kept running (a server?): {await output}");
        }

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("\"creat-admin\" is not a command", await errors);
    }
}
