using CeasefireTracker.Features.Account;
using CeasefireTracker.Features.Import;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Tests.Features.Import;

public sealed class ImportPageTests : BunitTestBase
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"ceasefire-import-page-{Guid.NewGuid():N}");

    private sealed class Environment(string root) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = root;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "CeasefireTracker";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = root;
        public string EnvironmentName { get; set; } = Environments.Development;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(_root);
        Context.Services.AddLogging();
        Context.Services.AddSingleton<IWebHostEnvironment>(new Environment(_root));
        Context.Services.AddSingleton(Options.Create(new ImportOptions { MaxUploadBytes = 2_000 }));
        Context.Services.AddScoped<ImportPlanner>();
        Context.Services.AddScoped<ImportMappings>();
        Context.Services.AddSingleton<ImportRunner>();
        Authorization.SetAuthorized("analyst@example.org");
        Authorization.SetRoles(Roles.Analyst);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void AFileOverTheUploadLimitIsRefusedWithBothSizes()
    {
        var page = RenderWithProviders<ImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(new string('x', 3_000_000), "GEDEvent_v23_1.csv"));

        page.WaitForAssertion(() => Assert.Contains("the import takes files up to 0 MB (setting Import:MaxUploadBytes)",
            page.Find("[data-testid=import-message]").TextContent));
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnUploadedGedFileIsDryRunWithItsLossReportAndPreview()
    {
        var page = RenderWithProviders<ImportPage>();
        var csv = new StringWriter();
        GedSampleWriter.Write(csv, 3, change: (i, row) => { if (i == 2) row["latitude"] = "200"; });
        Context.Services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes = 1_000_000;

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv.ToString(), "GEDEvent_v23_1.csv"));
        page.WaitForAssertion(() => Assert.Equal("GEDEvent_v23_1.csv", page.Find("[data-testid=file-name]").TextContent));
        page.FindAll("button").Single(b => b.TextContent.Contains("Dry run")).Click();

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=to-create]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("Latitude 200 is outside -90 to 90.", page.Find("[data-testid=refused-rows]").TextContent);
        Assert.Contains("Government of Azerbaijan – Government of Armenia, Stepanakert town", page.Find("[data-testid=import-preview]").TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("Import 2 rows"));
    }
}
