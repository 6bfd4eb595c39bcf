using CeasefireTracker.Features.Generation;

namespace CeasefireTracker.Tests.Features.Generation;

public sealed class GenerateCommandTests
{
    private static Task<int> RunAsync(params string[] args) =>
        new GenerateCommand(NullLogger<GenerateCommand>.Instance).RunAsync(args, CancellationToken.None);

    [Fact]
    public void SizesAndSeedAreReadFromTheArguments()
    {
        var (options, errors) = GenerationOptions.Parse(
            ["--database", "x.db", "--reports", "1_000", "--events", "20", "--statements", "3", "--conflicts", "2", "--seed", "9", "--force"]);

        Assert.Empty(errors);
        Assert.NotNull(options);
        Assert.Equal((1_000, 20, 3, 2, 9, true), (options.Reports, options.Events, options.Statements, options.Conflicts, options.Seed, options.Force));
        Assert.Equal(Path.GetFullPath("x.db"), options.DatabasePath);
    }

    [Fact]
    public void BadArgumentsAreNamedInTheMessages()
    {
        var (options, errors) = GenerationOptions.Parse(["--reports", "many", "--conflicts", "0", "--colour", "red"]);

        Assert.Null(options);
        Assert.Equal(
            [
                "Unknown argument '--colour'.",
                "--database <file> is required: the SQLite file to create.",
                "--reports must be a whole number, not 'many'.",
                "--conflicts must be between 1 and 50, not 0.",
            ],
            errors);
    }

    [Fact]
    public void OnPostgreSqlTheStoreComesFromTheConnectionStringAndASqliteFileIsRefused()
    {
        const string postgres = "Host=db.example;Database=tracker;Password=secret";
        var (options, errors) = GenerationOptions.Parse(["--reports", "10"], postgres);
        var (refused, refusal) = GenerationOptions.Parse(["--database", "x.db"], postgres);

        Assert.Empty(errors);
        Assert.Equal(postgres, options!.PostgreSqlConnectionString);
        Assert.Equal("PostgreSQL database tracker on db.example", options.Target);
        Assert.Null(refused);
        Assert.Equal(["--database names a SQLite file, but Database:Provider is PostgreSQL: give one or the other."], refusal);
    }

    [Fact]
    public async Task BadArgumentsExitWithTwoAndWriteNothing()
    {
        var path = GeneratedDatabase.NewPath();

        Assert.Equal(GenerateCommand.BadArguments, await RunAsync("--database", path, "--reports", "-5"));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task AnExistingFileIsKeptUnlessForceIsGiven()
    {
        var path = GeneratedDatabase.NewPath();
        await File.WriteAllTextAsync(path, "not a database");
        try
        {
            Assert.Equal(GenerateCommand.FileExists, await RunAsync("--database", path, "--reports", "10"));
            Assert.Equal("not a database", await File.ReadAllTextAsync(path));

            Assert.Equal(GenerateCommand.Done,
                await RunAsync("--database", path, "--reports", "10", "--events", "2", "--statements", "1", "--force"));
            Assert.NotEqual("not a database", await File.ReadAllTextAsync(path));
        }
        finally
        {
            GeneratedDatabase.Delete(path);
        }
    }
}
