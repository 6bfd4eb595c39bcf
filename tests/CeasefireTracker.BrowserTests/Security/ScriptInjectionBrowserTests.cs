using System.Reflection;
using System.Text.Json;
using CeasefireTracker.Features.Api;
using CeasefireTracker.Features.Editing;
using CeasefireTracker.Features.Ingestion;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Components;

namespace CeasefireTracker.BrowserTests.Security;

/// <summary>
/// Script-looking text in every text field of every record type (enumerated from the EF model, so a new field or
/// type is covered), then every page (enumerated from the app's routes) in Chromium: no injected element appears in
/// the DOM, nothing runs, and the Content-Security-Policy reports no violation (the app needs no inline script).
/// </summary>
public sealed class ScriptInjectionBrowserTests(BrowserAppFixture app) : SignedInBrowserTestBase(app)
{
    /// <summary>Text that becomes an element (data-xss) and runs (window.__xss) wherever it reaches the page as markup.</summary>
    private static string Payload(string field) =>
        $"<img src=x data-xss=\"{field}\" onerror=\"window.__xss='{field}'\"><script data-xss=\"{field}\">window.__xss='{field}'</script>'\"><svg data-xss=\"{field}\" onload=\"window.__xss='{field}'\">";

    // Stays a valid choice from a list: an unknown zone is refused by the validator and never shown as text.
    private static readonly string[] NotFreeText = [nameof(TimelineEvent.TimeZoneId), nameof(Ceasefire.TimeZoneId), nameof(Source.Url)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        // xunit makes an instance per test; the fixture's store is filled once.
        if (await db.AuditEntries.AnyAsync(a => a.Reason!.Contains("data-xss"))) return;
        var quote = Payload("Quote");
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            var rows = await ((IQueryable<object>)db.GetType().GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(type.ClrType).Invoke(db, null)!).ToListAsync();
            foreach (var row in rows)
            {
                foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(string) && !NotFreeText.Contains(p.Name)))
                    property.PropertyInfo!.SetValue(row, Payload($"{type.ClrType.Name}.{property.Name}#{((Entity)row).Id}"));
                // Quotes stay exact words of their source: every source starts with the quote payload.
                if (row is ISourced sourced) { sourced.Quote = quote; sourced.QuoteStart = 0; }
                if (row is Source source) source.FullText = quote + " " + source.FullText;
                if (row is Source withUrl) withUrl.Url = "javascript:window.__xss='Source.Url'";
            }

            // A change in every record's history: the history and recent-changes pages show user name, reason and values.
            foreach (var row in rows.Cast<Entity>())
                db.AuditEntries.Add(new AuditEntry
                {
                    AtUtc = DateTime.UtcNow, UserName = Payload("AuditEntry.UserName"), EntityType = type.ClrType.Name, EntityId = row.Id,
                    Action = AuditAction.Update, Reason = Payload("AuditEntry.Reason"),
                    BeforeJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["Name"] = Payload("AuditEntry.BeforeJson") }),
                    AfterJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["Name"] = Payload("AuditEntry.AfterJson") }),
                });
        }

        // Pages of an analyst's own work show text that is not a record: an import run, an API token, an ingestion.
        db.Set<ImportRun>().Add(new ImportRun
        {
            DataSet = Payload("ImportRun.DataSet"), DataSetVersion = "1", FileName = Payload("ImportRun.FileName"), UserName = TestUsers.AnalystEmail,
            Status = ImportStatus.Failed, StartedAtUtc = DateTime.UtcNow, FinishedAtUtc = DateTime.UtcNow, Message = Payload("ImportRun.Message"),
        });
        var analystId = await db.Set<IdentityUser>().Where(u => u.UserName == TestUsers.AnalystEmail).Select(u => u.Id).SingleAsync();
        db.Set<ApiToken>().Add(new ApiToken { UserId = analystId, Name = Payload("ApiToken.Name"), SecretHash = "x", Prefix = "xss", CreatedAtUtc = DateTime.UtcNow });
        db.Set<IngestionSession>().Add(new IngestionSession
        {
            ConflictId = await db.Conflicts.Select(c => c.Id).FirstAsync(), Title = Payload("IngestionSession.Title"), Publisher = Payload("IngestionSession.Publisher"),
            ArticleDate = new DateOnly(2020, 10, 10), Language = "fr", Text = Payload("IngestionSession.Text"), CreatedBy = TestUsers.AnalystEmail,
            CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Every routable page, with its parameters filled: each record kind for /manage/{Slug}, record 1 otherwise.</summary>
    public static TheoryData<string> EveryPage()
    {
        var data = new TheoryData<string>();
        foreach (var template in AppRoutes.Templates())
        {
            var slugs = template.Contains("{Slug}") ? RecordKind.All.Select(k => k.Slug) : [""];
            foreach (var slug in slugs)
                data.Add(AppRoutes.Fill(template, name => name == "Slug" ? slug : "1").TrimStart('/')
                    + (template == "/search" ? "?q=xss" : ""));
        }
        return data;
    }

    [Fact]
    public void EveryPageHoldsTheKnownPagesAndEveryRecordKindsManagePage() =>
        Enumerated.Covers(Enumerated.FirstColumn<string>(EveryPage()),
            ["", "timeline", "sources/1", "search?q=xss", "manage", .. RecordKind.All.Select(k => $"manage/{k.Slug}"), "manage/casualty-reports"]);

    /// <summary>Pages rendered as plain HTML for everyone (no circuit to wait for), as <see cref="EveryPage"/> fills them (record 1).</summary>
    private static readonly HashSet<string> StaticPages = AppRoutes
        .Templates(t => t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is not null)
        .Select(template => AppRoutes.Fill(template, _ => "1").TrimStart('/')).ToHashSet();

    [Fact]
    public void TheStaticPagesHoldTheRecordPagesAndSearch() => Enumerated.Covers(StaticPages, "casualties/1", "events/1", "search", "account/login");

    /// <summary>Pages that show no stored record text.</summary>
    private static readonly string[] PagesWithoutRecords = ["Error", "not-found", "account/access-denied", "account/login", "account/users", "manage"];

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task StoredScriptInEveryFieldNeverRunsOnAnyPage(string path)
    {
        var page = await (await SignedInContext.Value).NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };

        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (!StaticPages.Contains(path.Split('?')[0]))
            await page.Locator("[data-testid='interactive']").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        if (!PagesWithoutRecords.Contains(path))
            await Expect(page.Locator("body")).ToContainTextAsync("data-xss=");

        Assert.Equal(0, await page.Locator("[data-xss]").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("window.__xss ?? null"));
        Assert.Empty(dialogs);
        Assert.Equal("", await page.EvaluateAsync<string>("(window.__csp || []).join('; ')"));
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        await page.CloseAsync();
    }

    // One sign-in for the class (xunit makes an instance per test): the pages, not the sign-in, are under test.
    private Lazy<Task<IBrowserContext>> SignedInContext => Contexts.GetOrAdd(App, fixture => new(async () =>
    {
        var page = await fixture.NewPageAsync();
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));");
        await new SignInPageObject(page).SignInAsync(TestUsers.AnalystEmail, TestUsers.Password);
        await page.CloseAsync();
        return page.Context;
    }));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<BrowserAppFixture, Lazy<Task<IBrowserContext>>> Contexts = new();
}
