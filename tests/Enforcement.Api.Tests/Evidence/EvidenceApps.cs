using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Evidence;

/// <summary>The app with the capture worker on, allowed to reach only our loopback marketplace.</summary>
internal static class EvidenceSettings
{
    public static Dictionary<string, string?> For(ListingSite site, string? executablePath = null) => new(CaseClient.Settings)
    {
        ["EvidenceQueue:RunWorker"] = "true",
        ["EvidenceQueue:PollMilliseconds"] = "200",
        ["EvidenceQueue:RetrySeconds"] = "1",
        ["Evidence:PoolSize"] = "2",
        ["Evidence:MaxAttempts"] = "2",
        ["Evidence:ScrollStepMilliseconds"] = "100",
        ["Evidence:MaxScrollSteps"] = "5",
        ["Evidence:AllowedTargets:0"] = site.HostAndPort,
        ["Evidence:ExecutablePath"] = executablePath ?? "/usr/bin/chromium",
    };
}

public sealed class EvidenceSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => EvidenceSettings.For(ListingSite.GetAsync().GetAwaiter().GetResult());
}

public sealed class EvidencePostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> ExtraSettings => EvidenceSettings.For(ListingSite.GetAsync().GetAwaiter().GetResult());
}

/// <summary>Chromium is not where the configuration says.</summary>
public sealed class NoBrowserApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => EvidenceSettings.For(ListingSite.GetAsync().GetAwaiter().GetResult(), "/nonexistent/chromium");
}
