using System.Net;

namespace Enforcement.Api.Data.Seeding;

/// <summary>
/// Demo users share a published password, so demo data is only for an app that listens on this machine alone.
/// The addresses are read from configuration the way Kestrel reads them, before the server (or any seeding) starts.
/// </summary>
internal static class DemoDataGuard
{
    public const string OverrideKey = "Seed:AllowDemoDataOnNetwork";

    public static void EnsureAllowed(IConfiguration configuration, SeedOptions seed)
    {
        if (!seed.DemoData || seed.AllowDemoDataOnNetwork) return;
        var exposed = ListeningAddresses(configuration).Where(a => !IsLoopback(a)).ToList();
        if (exposed.Count == 0) return;
        throw new InvalidOperationException(
            $"Refusing to start: Seed:DemoData is true and the app would listen on {string.Join(", ", exposed)}, which is reachable from other machines. " +
            "Demo users have a published password. Turn demo data off (Seed__DemoData=false), listen on localhost only, " +
            $"or, for a throwaway demo on a network you trust, set {OverrideKey}=true (Seed__AllowDemoDataOnNetwork=true).");
    }

    /// <summary>Kestrel's order: its own endpoints, else urls, else http_ports/https_ports, else localhost:5000.</summary>
    internal static IReadOnlyList<string> ListeningAddresses(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).OfType<string>().ToList();
        // Endpoints win over urls unless preferHostingUrls is set; counting both errs on the safe side.
        if (Split(configuration[WebHostDefaults.ServerUrlsKey]) is { Count: > 0 } urls) return [.. endpoints, .. urls];
        var ports = Split(configuration[WebHostDefaults.HttpPortsKey]).Select(p => $"http://*:{p}")
            .Concat(Split(configuration[WebHostDefaults.HttpsPortsKey]).Select(p => $"https://*:{p}")).ToList();
        if (ports.Count > 0) return [.. endpoints, .. ports];
        return endpoints.Count > 0 ? endpoints : ["http://localhost:5000"];
    }

    internal static bool IsLoopback(string url)
    {
        var address = BindingAddress.Parse(url);
        if (address.IsUnixPipe || address.IsNamedPipe) return true; // not a network socket at all
        var host = address.Host;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static List<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
