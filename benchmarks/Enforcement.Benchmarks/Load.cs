using System.Diagnostics;
using System.Net.Http.Json;

namespace Enforcement.Benchmarks;

internal sealed record LoadResult(int Requests, int Errors, double Seconds, double[] LatenciesMs)
{
    public double Throughput => Requests / Seconds;
    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0) return double.NaN;
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}

internal static class Load
{
    /// <summary>Closed loop: <paramref name="workers"/> clients each send the next request as soon as the last one is answered.</summary>
    public static async Task<LoadResult> ClosedAsync(HttpClient http, string path, object body, int workers, TimeSpan duration)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync(path, body);
                if ((int)response.StatusCode != 201) Interlocked.Increment(ref errors);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return new LoadResult(latencies.Count, errors, clock.Elapsed.TotalSeconds, latencies.ToArray());
    }

    /// <summary>Open loop: requests start on a fixed schedule whatever the answers; latency counts from the scheduled start.</summary>
    public static async Task<LoadResult> OpenAsync(HttpClient http, string path, object body, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var scheduled = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = scheduled - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                using var response = await http.PostAsJsonAsync(path, body);
                if ((int)response.StatusCode != 201) Interlocked.Increment(ref errors);
                latencies[index] = (clock.Elapsed - scheduled).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(tasks);
        return new LoadResult(total, errors, clock.Elapsed.TotalSeconds, latencies);
    }
}
