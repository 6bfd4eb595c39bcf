namespace CeasefireTracker.BrowserTests.Statements;

public sealed class StatementsBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task FilteringBySpeakerNarrowsTheListAndBackUndoesIt()
    {
        var page = await app.NewPageAsync();
        var statements = new StatementsPageObject(page);
        await statements.OpenAsync();
        await Expect(statements.Summary).ToHaveTextAsync("5 statements, page 1 of 1");

        await statements.ChooseAsync("Speaker", "Ibrahim Kalin (Turkey)");

        await Expect(page).ToHaveURLAsync(new Regex("statements\\?speaker=\\d+$"));
        await Expect(statements.Summary).ToHaveTextAsync("2 statements, page 1 of 1");
        await Expect(statements.Statements).ToHaveCountAsync(2);

        await page.GoBackAsync();
        await Expect(statements.Summary).ToHaveTextAsync("5 statements, page 1 of 1");
    }
}
