using CeasefireTracker.Components.Shared;
using CeasefireTracker.Features.Api;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Tests.Http;

/// <summary>
/// Every filter of every list page, export and API list, given the first and last dates a date type holds (and
/// numbers past int): the answer names the value it could not use, never "could not be read" (a caught exception).
/// Enumerates the registered pages and filters, so a new page or key is covered without a new test.
/// </summary>
[Collection(StoreGenerationSensitive.Name)]
public sealed class ExtremeDatesHttpTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private static readonly string[] ExtremeValues = ["9999-12-31", "0001-01-01", "99999999999999999999"];

    private static readonly string[] DateKeys = ["from", "to"];

    /// <summary>What the pages say when their query threw (caught, logged with a stack trace).</summary>
    private static readonly string[] FailedToLoad = ["could not be read", "could not be loaded", "could not be completed"];

    [Fact]
    public async Task EveryListPageFilterAnswersAnExtremeValueWithAMessage()
    {
        var client = factory.CreateClient();
        var failures = new List<string>();
        Enumerated.Covers(factory.Services.GetServices<ListPage>().Select(p => p.Path), "casualties", "timeline", "casualties/*", "sources/*");
        foreach (var page in factory.Services.GetServices<ListPage>())
        foreach (var key in page.Keys)
        foreach (var value in ExtremeValues)
        {
            var address = $"/{page.Path.Replace("*", "1")}?{key.Name}={Uri.EscapeDataString(value)}";
            var response = await client.GetAsync(address);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{address}: {(int)response.StatusCode}");
            else if (FailedToLoad.Any(f => html.Contains(f, StringComparison.Ordinal))) failures.Add($"{address}: the page failed to load");
            else if (DateKeys.Contains(key.Name) && !html.Contains($"{key.Name} \"{value}\"", StringComparison.Ordinal))
                failures.Add($"{address}: the value is not named");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryApiListAndExportFilterAnswersAnExtremeDateWithAProblemNotAnError()
    {
        var client = factory.CreateClient();
        var addresses = new List<string>();
        Enumerated.Covers(RecordKind.All.SelectMany(k => k.FilterKeys).Distinct(), DateKeys);
        foreach (var kind in RecordKind.All)
        foreach (var key in kind.FilterKeys)
            addresses.AddRange(ExtremeValues.Select(v => $"/api/v1/{kind.Slug}?{key}={v}"));
        Enumerated.Covers(factory.Services.GetServices<IExportDataset>().Select(d => d.Name), "casualties");
        foreach (var dataset in factory.Services.GetServices<IExportDataset>())
        foreach (var key in DateKeys)
            addresses.AddRange(ExtremeValues.Select(v => $"/export/{dataset.Name}.csv?{key}={v}"));

        var failures = new List<string>();
        foreach (var address in addresses)
        {
            var response = await client.GetAsync(address);
            var value = address[(address.IndexOf('=') + 1)..];
            // The API refuses a filter it cannot use (400 naming it); an export only has to answer.
            var isDate = address.StartsWith("/api/", StringComparison.Ordinal) && DateKeys.Any(k => address.Contains($"?{k}=", StringComparison.Ordinal));
            if ((int)response.StatusCode >= 500) failures.Add($"{address}: {(int)response.StatusCode}");
            // A date that cannot be used is a problem the answer names (400), not a filter silently dropped.
            else if (isDate && (response.StatusCode != HttpStatusCode.BadRequest
                                || !(await response.Content.ReadAsStringAsync()).Contains(value, StringComparison.Ordinal)))
                failures.Add($"{address}: {(int)response.StatusCode} without naming the value");
        }

        Assert.Empty(failures);
    }
}
