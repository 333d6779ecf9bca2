using System.Diagnostics;
using System.Globalization;
using Enforcement.Api.Listings.Demo;

namespace Enforcement.Benchmarks.Corpus;

/// <summary>
/// Writes the synthetic listing corpus to a file and says how fast it was made:
/// <c>-- --listings-corpus 1000000 /tmp/listings.ndjson [--seed 42]</c>.
/// </summary>
internal static class CorpusCommand
{
    public static void Run(int count, string file, int seed)
    {
        var full = Path.GetFullPath(file);
        ListingCorpus.WriteNdjson(Stream.Null, Math.Min(count, 20_000), seed); // warm-up: JIT and the ward table
        var watch = Stopwatch.StartNew();
        using (var output = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            ListingCorpus.WriteNdjson(output, count, seed);
        watch.Stop();
        var megabytes = new FileInfo(full).Length / 1_000_000.0;
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} listings (seed {seed}) to {full}: {megabytes:F1} MB in {seconds:F2} s, {count / seconds:F0} lines/s, {megabytes / seconds:F1} MB/s"));
    }
}
