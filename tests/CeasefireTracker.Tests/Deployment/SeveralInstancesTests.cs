using System.Diagnostics;
using System.Net.Sockets;
using CeasefireTracker.Features.Account;
using CeasefireTracker.Tests.Features.Account;
using CeasefireTracker.Tests.Features.Api;

namespace CeasefireTracker.Tests.Deployment;

/// <summary>
/// Two app instances on one PostgreSQL store behind nginx, configured by the sample in deploy/nginx (only its ports
/// changed): what a deployment of several instances must keep true. The first instance runs in the test process (its
/// services make the edits), the second in a process of its own, so nothing in memory is shared between them: the
/// second learns of the first's changes, keys and users only through the store.
/// </summary>
public sealed partial class SeveralInstancesTests(SeveralInstancesTests.Deployment deployment) : IClassFixture<SeveralInstancesTests.Deployment>
{
    private Deployment.Instance _first => deployment.First;
    private Deployment.AppProcess _second => deployment.Second;
    private string _proxyUrl => deployment.ProxyUrl;
    private string _store => deployment.Store;

    /// <summary>One deployment for the class: starting an instance in its own process takes seconds.</summary>
    public sealed partial class Deployment : IAsyncLifetime
    {
        public const string Nginx = "/usr/sbin/nginx";
        public string Store { get; private set; } = null!;
        public Instance First { get; private set; } = null!;
        public AppProcess Second { get; private set; } = null!;
        private Process? _nginx;
        private string _nginxFolder = null!;
        public string ProxyUrl { get; private set; } = null!;

        public sealed class Instance : TrackerAppFactory
        {
            public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

            protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Security:SignInAttemptsPerMinute", "1000")];

            public string Url { get; private set; } = null!;

            public void Start()
            {
                Url = StartOnLoopback().TrimEnd('/');
            }

            public HttpClient Client(string? cookie = null) => ClientOf(Url, cookie);
        }

        /// <summary>The app's build output run by <c>dotnet</c>, as a deployment runs it, on a free loopback port.</summary>
        public sealed class AppProcess : IAsyncDisposable
        {
            private readonly Process _process;
            private readonly string _logs = Directory.CreateTempSubdirectory("ceasefire-instance-").FullName;

            public AppProcess(string store)
            {
                Url = $"http://127.0.0.1:{FreePort()}";
                _process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CeasefireTracker.dll")])
                {
                    WorkingDirectory = AppContext.BaseDirectory,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    Environment =
                    {
                        ["Database__Provider"] = "PostgreSQL",
                        ["Database__ConnectionString"] = store,
                        ["Security__SignInAttemptsPerMinute"] = "1000",
                        ["Serilog__WriteTo__File__Args__path"] = Path.Combine(_logs, "app-.log"),
                        ["ASPNETCORE_URLS"] = Url,
                    },
                })!;
                _process.OutputDataReceived += (_, _) => { };
                _process.ErrorDataReceived += (_, _) => { };
                _process.BeginOutputReadLine();
                _process.BeginErrorReadLine();
            }

            public string Url { get; }

            public HttpClient Client(string? cookie = null) => ClientOf(Url, cookie);

            public async Task WaitUntilHealthyAsync()
            {
                var deadline = DateTime.UtcNow.AddSeconds(90);
                using var probe = new HttpClient();
                while (true)
                {
                    Assert.False(_process.HasExited, $"The second instance stopped during start-up (exit code {(_process.HasExited ? _process.ExitCode : 0)}).");
                    try
                    {
                        if ((await probe.GetAsync(Url + "/health")).IsSuccessStatusCode) return;
                    }
                    catch (HttpRequestException) when (DateTime.UtcNow < deadline)
                    {
                    }

                    Assert.True(DateTime.UtcNow < deadline, "The second instance was not healthy within 90 s");
                    await Task.Delay(200);
                }
            }

            public async ValueTask DisposeAsync()
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }

                _process.Dispose();
                Directory.Delete(_logs, recursive: true);
            }
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private static HttpClient ClientOf(string url, string? cookie)
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(url) };
            if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
            return client;
        }

        public async Task InitializeAsync()
        {
            if (TestStore.PostgreSqlServer is null) return;
            Store = await TestStore.CreatePostgreSqlDatabaseAsync("migrated", async cs =>
            {
                await using var db = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, cs));
                await db.Database.MigrateAsync();
            });
            First = new Instance { PostgreSqlConnectionString = Store };
            First.Start();
            Second = new AppProcess(Store);
            await Second.WaitUntilHealthyAsync();
            if (File.Exists(Nginx)) await StartNginxAsync();
        }

        public async Task DisposeAsync()
        {
            if (_nginx is { HasExited: false })
            {
                _nginx.Kill(entireProcessTree: true);
                await _nginx.WaitForExitAsync();
            }

            if (First is not null) await First.DisposeAsync();
            if (Second is not null) await Second.DisposeAsync();
            if (Store is not null) await TestStore.DropPostgreSqlDatabaseAsync(Store);
            if (_nginxFolder is not null) Directory.Delete(_nginxFolder, recursive: true);
        }

        private static string SampleConfiguration() => Path.Combine(RepositoryFolder.Root, "deploy", "nginx", "ceasefire-tracker.conf");

        private async Task StartNginxAsync()
        {
            _nginxFolder = Directory.CreateTempSubdirectory("ceasefire-nginx-").FullName;
            var port = FreePort();
            ProxyUrl = $"http://127.0.0.1:{port}";

            var sample = await File.ReadAllTextAsync(SampleConfiguration());
            var servers = UpstreamServer().Matches(sample);
            Assert.Equal(2, servers.Count);
            var site = sample
                .Replace(servers[0].Groups[1].Value, new Uri(First.Url).Authority)
                .Replace(servers[1].Groups[1].Value, new Uri(Second.Url).Authority);
            site = ListenPort().Replace(site, $"listen 127.0.0.1:{port};");
            await File.WriteAllTextAsync(Path.Combine(_nginxFolder, "site.conf"), site);
            var temp = Path.Combine(_nginxFolder, "temp");
            await File.WriteAllTextAsync(Path.Combine(_nginxFolder, "nginx.conf"), $$"""
                {{(Environment.UserName == "root" ? "user root;" : "")}}
                worker_processes 1;
                pid {{_nginxFolder}}/nginx.pid;
                error_log {{_nginxFolder}}/error.log;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path {{temp}}/body;
                    proxy_temp_path {{temp}}/proxy;
                    fastcgi_temp_path {{temp}}/fastcgi;
                    uwsgi_temp_path {{temp}}/uwsgi;
                    scgi_temp_path {{temp}}/scgi;
                    include {{_nginxFolder}}/site.conf;
                }
                """);
            Directory.CreateDirectory(temp);

            var check = await RunAsync(Nginx, "-t", "-p", _nginxFolder, "-c", Path.Combine(_nginxFolder, "nginx.conf"));
            Assert.True(check.ExitCode == 0, $"nginx -t refused the sample configuration: {check.Output}");

            _nginx = Process.Start(new ProcessStartInfo(Nginx)
            {
                ArgumentList = { "-p", _nginxFolder, "-c", Path.Combine(_nginxFolder, "nginx.conf"), "-g", "daemon off;" },
                RedirectStandardError = true, RedirectStandardOutput = true,
            })!;
            var deadline = DateTime.UtcNow.AddSeconds(15);
            using var probe = new HttpClient();
            while (true)
            {
                try
                {
                    if ((await probe.GetAsync(ProxyUrl + "/health")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline)
                {
                }

                Assert.True(DateTime.UtcNow < deadline, "nginx did not answer within 15 s");
                await Task.Delay(100);
            }
        }

        private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output);
        }

        [GeneratedRegex(@"server (\d+\.\d+\.\d+\.\d+:\d+)")]
        private static partial Regex UpstreamServer();

        [GeneratedRegex(@"listen \d+;")]
        private static partial Regex ListenPort();
    }

    private const string Nginx = Deployment.Nginx;

    private static string AuthCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CeasefireTracker.Auth=", StringComparison.Ordinal))
            .Split(';')[0];

    private static async Task<HttpResponseMessage> SignInThroughAsync(string baseUrl, string email)
    {
        // Cookies by hand: the proxy's address differs from the instances', and the test carries one cookie across.
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        return await AccountHttpTests.PostSignInAsync(client, email, AccountHttpTests.Password);
    }

    private async Task CreateAnalystAsync(string email)
    {
        await TestUsers.CreateAccountAsync(_first.Services, email, Roles.Analyst);
    }

    private static RecordEditor EditorOn(Deployment.Instance instance) =>
        TestUsers.Editor(instance.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>());

    private static async Task<EditResult> SetFigureAsync(Deployment.Instance instance, string externalId, int figure)
    {
        await using var db = await instance.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var report = await db.CasualtyReports.AsNoTracking().SingleAsync(r => r.ExternalId == externalId);
        report.BestEstimate = figure;
        (report.FigureNotInQuote, report.FigureNotInQuoteReason) = (true, "A test figure");
        return await EditorOn(instance).UpdateAsync(report, "Figure corrected on one instance");
    }

    /// <summary>
    /// The second instance's page once it holds <paramref name="expected"/>, or after 5 s. Its cached page may predate
    /// the change by up to the 2 s the instances take to see each other's writes (timed in the test above).
    /// </summary>
    private async Task<string> ReadOnSecondAsync(string path, string expected)
    {
        var reader = _second.Client();
        var clock = Stopwatch.StartNew();
        string page;
        do page = await reader.GetStringAsync(path);
        while (!page.Contains(expected) && clock.Elapsed < TimeSpan.FromSeconds(5) && await Task.Delay(50).ContinueWith(_ => true));
        return page;
    }

    [PostgreSqlFact]
    public async Task AnAnalystSignedInThroughTheProxyIsSignedInOnEveryInstance()
    {
        Assert.True(File.Exists(Nginx), $"{Nginx} is missing: install Debian's nginx (bash .ci/test does).");
        await CreateAnalystAsync("proxy@example.org");

        var response = await SignInThroughAsync(_proxyUrl, "proxy@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = AuthCookie(response);
        // The cookie was protected by whichever instance the proxy chose; the keys are in the store, so both read it.
        Assert.Equal(HttpStatusCode.OK, (await _first.Client(cookie).GetAsync("/manage")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _second.Client(cookie).GetAsync("/manage")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _second.Client().GetAsync("/manage")).StatusCode);
    }

    [PostgreSqlFact]
    public async Task ACookieIssuedByOneInstanceWorksOnTheOther()
    {
        await CreateAnalystAsync("cookie@example.org");
        var cookie = AuthCookie(await SignInThroughAsync(_first.Url, "cookie@example.org"));

        Assert.Equal(HttpStatusCode.OK, (await _second.Client(cookie).GetAsync("/manage")).StatusCode);
    }

    [PostgreSqlFact]
    public async Task AFigureEditedOnOneInstanceShowsToAReaderOfTheOtherWithinTwoSeconds()
    {
        var reader = _second.Client();
        // The reader's page is rendered (and cached) on the second instance before the edit.
        var before = await reader.GetStringAsync("/casualties");
        Assert.DoesNotContain("4,321", before);
        Assert.Equal(await reader.GetStringAsync("/casualties"), before);

        var saved = await SetFigureAsync(_first, "cr-az-civilians-killed-30", 4321);
        Assert.True(saved.Succeeded, saved.Message);

        var clock = Stopwatch.StartNew();
        string page;
        do page = await reader.GetStringAsync("/casualties");
        while (!page.Contains("4,321") && clock.Elapsed < TimeSpan.FromSeconds(5) && await Task.Delay(50).ContinueWith(_ => true));
        Assert.Contains("4,321", page);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The second instance showed the edit after {clock.Elapsed.TotalSeconds:F1} s");
    }

    [PostgreSqlFact]
    public async Task AnEditAcknowledgedByAnInstanceThatThenStopsIsNotLost()
    {
        // A third instance of its own, as this test stops it.
        var third = new Deployment.Instance { PostgreSqlConnectionString = _store };
        third.Start();
        var saved = await SetFigureAsync(third, "cr-am-civilians-killed-19", 1234);
        Assert.True(saved.Succeeded, saved.Message);
        // The instance goes away at once after answering; the acknowledged edit was committed before the answer.
        await third.DisposeAsync();

        Assert.Contains("1,234", await ReadOnSecondAsync("/casualties", "1,234"));
        await using var db = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, _store));
        Assert.Equal(1234, (await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-am-civilians-killed-19")).BestEstimate);
    }

    [PostgreSqlFact]
    public async Task AnEditAcknowledgedThroughTheApiByAnInstanceThatIsThenKilledIsNotLost()
    {
        // An instance in a process of its own, killed (SIGKILL, no shutdown) right after it answers the write.
        var doomed = new Deployment.AppProcess(_store);
        await doomed.WaitUntilHealthyAsync();
        var tokens = await ApiTestTokens.ForAsync(_first);
        var client = doomed.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AnalystWrite);
        var read = await client.GetAsync("/api/v1/casualty-reports/cr-am-military-killed-350");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var write = new HttpRequestMessage(HttpMethod.Put, "/api/v1/casualty-reports/cr-am-military-killed-350?reason=killed%20after%20the%20answer")
        {
            Content = new StringContent("""{"bestEstimate": 2468, "figureNotInQuote": true, "figureNotInQuoteReason": "A test figure"}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        write.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());

        var answer = await client.SendAsync(write);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await doomed.DisposeAsync();

        Assert.Contains("2,468", await ReadOnSecondAsync("/casualties", "2,468"));
        await using var db = new TrackerDbContext(StoreProviders.TrackerOptions(DatabaseProvider.PostgreSQL, _store));
        Assert.Equal(2468, (await db.CasualtyReports.SingleAsync(r => r.ExternalId == "cr-am-military-killed-350")).BestEstimate);
    }
}
