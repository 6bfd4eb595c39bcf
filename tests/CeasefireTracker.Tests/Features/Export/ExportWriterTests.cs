using System.Runtime.CompilerServices;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Tests.Features.Export;

public class ExportWriterTests
{
    private static readonly ExportColumn[] Columns = [new("id", "#meta+id"), new("quote", "#meta+quote")];

    [Fact]
    public async Task JsonKeepsLettersOfEveryScriptAndEscapesMarkup()
    {
        var body = new MemoryStream();
        await ExportWriter.WriteJsonAsync(body, Columns, RowsAsync(1, "les ministres se sont réunis, Հայաստան <script>"), (_, _) => { }, default);

        var text = Encoding.UTF8.GetString(body.ToArray());
        Assert.Contains("réunis, Հայաստան", text);
        Assert.DoesNotContain("<script>", text);
        using var parsed = JsonDocument.Parse(text);
        Assert.Equal("les ministres se sont réunis, Հայաստան <script>", parsed.RootElement.GetProperty("rows")[0].GetProperty("quote").GetString());
    }

    [Fact]
    public async Task EveryRowIsWrittenOnceInItsOrder()
    {
        var body = new MemoryStream();
        var count = await ExportWriter.WriteCsvAsync(body, Columns, RowsAsync(2_345, "q"), hxl: false, default);

        var lines = Encoding.UTF8.GetString(body.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2_345, count);
        Assert.Equal(["id,quote", "1,q", "2,q"], lines[..3]);
        Assert.Equal("2345,q", lines[^1]);
    }

    [Fact]
    public async Task AReadThatFailsPartWayFailsTheExport()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ExportWriter.WriteJsonAsync(Stream.Null, Columns, RowsAsync(5_000, "q", failAt: 3_000), (_, _) => { }, default));
        Assert.Equal("row 3000 could not be read", error.Message);
    }

    [Fact]
    public async Task AClientThatGoesAwayStopsTheRead()
    {
        var read = new RowCounter();
        using var gone = new CancellationTokenSource();
        var body = new CancellingStream(gone, afterBytes: 10_000);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExportWriter.WriteCsvAsync(body, Columns, RowsAsync(1_000_000, "q", counter: read), hxl: false, gone.Token));

        // The writer returned only after the read stopped: nothing is read after the export ended.
        var readWhenStopped = read.Count;
        await Task.Delay(100);
        Assert.Equal(readWhenStopped, read.Count);
        Assert.True(read.Count < 100_000, $"{read.Count} rows were read for a client that left after 10 kB");
    }

    private sealed class RowCounter
    {
        public int Count;
    }

    private static async IAsyncEnumerable<object?[]> RowsAsync(int count, string quote, int failAt = 0, RowCounter? counter = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1; i <= count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (i == failAt) throw new InvalidOperationException($"row {i} could not be read");
            if (counter is not null) Interlocked.Increment(ref counter.Count);
            if (i % 100 == 0) await Task.Yield();
            yield return [i, quote];
        }
    }

    /// <summary>A response body whose client goes away after some bytes, as Kestrel signals it: the request is aborted.</summary>
    private sealed class CancellingStream(CancellationTokenSource gone, int afterBytes) : MemoryStream
    {
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            if (Length + buffer.Length > afterBytes) await gone.CancelAsync();
            ct.ThrowIfCancellationRequested();
            await base.WriteAsync(buffer, ct);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();
    }
}
