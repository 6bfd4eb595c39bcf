using System.Globalization;

namespace CeasefireTracker.Features.Ingestion.Evaluation;

/// <summary>
/// <c>dotnet run --project src/CeasefireTracker -- evaluate-ingestion [key.json ...]</c>: scores the rules against
/// answer keys (the seed article by default) with an empty store, and prints precision and recall per record type.
/// Returns 1 when the seed article's casualty figures fall below the thresholds the tests hold.
/// </summary>
public static class EvaluateIngestionCommand
{
    public const string Name = "evaluate-ingestion";
    public const double MinCasualtyRecall = 0.9;
    public const double MinCasualtyPrecision = 0.9;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output)
    {
        var keys = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (keys.Count == 0) keys.Add(Path.Combine(AppContext.BaseDirectory, "seed-data", "moscow-talks-2020-10-09.json"));
        var evaluator = new IngestionEvaluator(new ArticleAnalyzer(LanguageCatalog.BuiltIn));
        var failed = false;
        foreach (var key in keys)
        {
            if (!File.Exists(key))
            {
                output.WriteLine($"{key}: no such answer key.");
                failed = true;
                continue;
            }
            var report = evaluator.Evaluate(key);
            output.WriteLine($"{report.Key} ({report.Language})");
            foreach (var score in report.Scores)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {score.Kind,-17} key {score.KeyCount,3}  proposed {score.ProposalCount,3}  right {score.Correct,3}  precision {score.Precision,6:P0}  recall {score.Recall,6:P0}"));
                foreach (var miss in score.Missed) output.WriteLine($"      missed: {miss}");
                foreach (var wrong in score.Wrong) output.WriteLine($"      wrong:  {wrong}");
            }
            var c = report.Casualties;
            if (c.Recall < MinCasualtyRecall || c.Precision < MinCasualtyPrecision) failed = true;
        }
        return failed ? 1 : 0;
    }
}
