using CeasefireTracker.Features.Ingestion;
using CeasefireTracker.Features.Ingestion.Evaluation;

namespace CeasefireTracker.Tests.Features.Ingestion;

/// <summary>The rules against hand-made answer keys, with an empty store: the thresholds the issue sets.</summary>
public class IngestionEvaluationTests
{
    private static readonly IngestionEvaluator Evaluator = new(new ArticleAnalyzer(LanguageCatalog.BuiltIn));

    public static TheoryData<string> Keys => new()
    {
        Path.Combine(TestDatabase.SeedDirectory, "moscow-talks-2020-10-09.json"),
        Path.Combine(AppContext.BaseDirectory, "Features", "Ingestion", "Articles", "humanitarian-truce-2020-10-17.en.json"),
        Path.Combine(AppContext.BaseDirectory, "Features", "Ingestion", "Articles", "combats-2020-10-04.fr.json"),
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void AtLeastNineInTenCasualtyRecordsAreProposedRightAndFewerThanOneInTenProposalsAreWrong(string key)
    {
        var report = Evaluator.Evaluate(key);

        var casualties = report.Casualties;
        Assert.True(casualties.Recall >= EvaluateIngestionCommand.MinCasualtyRecall,
            $"Recall {casualties.Recall:P0}; missed: {string.Join(", ", casualties.Missed)}");
        Assert.True(casualties.Precision >= EvaluateIngestionCommand.MinCasualtyPrecision,
            $"Precision {casualties.Precision:P0}; wrong: {string.Join(" | ", casualties.Wrong)}");
    }

    [Fact]
    public void TheSeedArticlesCeasefireTermsAndStatementsAreAllFound()
    {
        var report = Evaluator.Evaluate(Path.Combine(TestDatabase.SeedDirectory, "moscow-talks-2020-10-09.json"));

        foreach (var kind in new[] { "ceasefires", "ceasefire terms", "statements" })
        {
            var score = report.Scores.Single(s => s.Kind == kind);
            Assert.True(score.Recall >= 0.9 && score.Precision >= 0.9, $"{kind}: {score.Precision:P0} / {score.Recall:P0}");
        }
    }

    [Fact]
    public void TheCommandPrintsPrecisionAndRecallAndSucceedsOnTheSeedArticle()
    {
        var output = new StringWriter();

        var code = EvaluateIngestionCommand.Run(["evaluate-ingestion"], output);

        Assert.Equal(0, code);
        Assert.Contains("casualty figures", output.ToString());
        Assert.Contains("precision", output.ToString());
    }

    [Fact]
    public void TheCommandFailsOnAKeyThatDoesNotExist()
    {
        var output = new StringWriter();

        Assert.Equal(1, EvaluateIngestionCommand.Run(["evaluate-ingestion", "/no/such/key.json"], output));
        Assert.Contains("no such answer key", output.ToString());
    }
}
