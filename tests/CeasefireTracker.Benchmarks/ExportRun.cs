using CeasefireTracker.Features.Casualties;
using CeasefireTracker.Features.Export;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// <c>export [--format csv|json|none] [--hxl 1]</c> (none: the rows are read, not written): streams every casualty report of the generated database (1M unless
/// CEASEFIRE_BENCH_REPORTS says otherwise) through the export the download links use (<see cref="CasualtyExport"/>
/// and <see cref="ExportWriter"/>) into a stream that only counts bytes, as a fast client would take them. Prints rows
/// per second and how far the process's working set and managed heap rose above what they were before the export.
/// Targets (issue 10): at least 100,000 rows/s on 2 cores, less than 100 MB above idle.
/// </summary>
public static class ExportRun
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var json = options.GetValueOrDefault("format") == "json";
        var readOnly = options.GetValueOrDefault("format") == "none";
        var hxl = options.Int("hxl", 0) == 1;
        var factory = BenchmarkDatabase.PooledFactory();
        var export = new CasualtyExport(factory, new SourceProvenance(factory));
        var selection = new ExportSelection(new CasualtyFilter(), [], [], "http://localhost/");

        // Warm up (JIT, SQLite page cache) on a first thousand rows, then measure from a collected heap.
        await ExportWriter.WriteCsvAsync(Stream.Null, export.Columns, export.RowsAsync(selection, default).Take(1000), hxl, default);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var idleWorkingSet = process.WorkingSet64;
        var idleHeap = GC.GetTotalMemory(forceFullCollection: true);
        long peakWorkingSet = idleWorkingSet, peakHeap = idleHeap;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                try { await Task.Delay(50, sampling.Token); } catch (OperationCanceledException) { }
            }
        });

        var body = new CountingStream();
        var clock = Stopwatch.StartNew();
        var rows = readOnly ? await CountAsync(export.RowsAsync(selection, default))
            : json ? await ExportWriter.WriteJsonAsync(body, export.Columns, export.RowsAsync(selection, default), (meta, count) => meta.WriteNumber("count", count), default)
            : await ExportWriter.WriteCsvAsync(body, export.Columns, export.RowsAsync(selection, default), hxl, default);
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;

        Console.WriteLine($"{(readOnly ? "Read for an" : json ? "JSON" : "CSV")} export of {rows:N0} casualty reports: {clock.Elapsed.TotalSeconds:N1} s, "
                          + $"{rows / clock.Elapsed.TotalSeconds:N0} rows/s, {body.Length / 1048576.0:N0} MiB written");
        Console.WriteLine($"working set: {idleWorkingSet / 1048576:N0} MiB before, peak {peakWorkingSet / 1048576:N0} MiB "
                          + $"(+{(peakWorkingSet - idleWorkingSet) / 1048576:N0} MiB); managed heap peak +{(peakHeap - idleHeap) / 1048576:N0} MiB");
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    // The read alone (--format none): how much of the time is the database's and EF's, how much the writer's.
    private static async Task<int> CountAsync(IAsyncEnumerable<object?[]> rows)
    {
        var count = 0;
        await foreach (var _ in rows) count++;
        return count;
    }

    /// <summary>A response body that keeps nothing: the client on the other end of a fast network.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
