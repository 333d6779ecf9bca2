using System.Net;
using System.Net.Sockets;

namespace Enforcement.Evidence.Safety;

/// <summary>Which addresses a capture must never reach; the label (Vietnamese) goes into the refusal.</summary>
internal static class AddressRules
{
    private static readonly (IPNetwork Net, string Label)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "không xác định"),
        (IPNetwork.Parse("10.0.0.0/8"), "nội bộ"),
        (IPNetwork.Parse("100.64.0.0/10"), "nội bộ (CGNAT)"),
        (IPNetwork.Parse("127.0.0.0/8"), "nội bộ"),
        (IPNetwork.Parse("169.254.0.0/16"), "liên kết cục bộ"),
        (IPNetwork.Parse("172.16.0.0/12"), "nội bộ"),
        (IPNetwork.Parse("192.0.0.0/24"), "dành riêng"),
        (IPNetwork.Parse("192.168.0.0/16"), "nội bộ"),
        (IPNetwork.Parse("198.18.0.0/15"), "dành riêng"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "dành riêng hoặc broadcast"),
    ];

    private static readonly (IPNetwork Net, string Label)[] V6 =
    [
        (IPNetwork.Parse("::/128"), "không xác định"),
        (IPNetwork.Parse("::1/128"), "nội bộ"),
        (IPNetwork.Parse("fe80::/10"), "liên kết cục bộ"),
        (IPNetwork.Parse("fc00::/7"), "nội bộ (ULA)"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    /// <summary>Null for a public address, else the label of the forbidden class.</summary>
    public static string? Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && Nat64.Contains(address))
            address = new IPAddress(address.GetAddressBytes()[12..]);   // the IPv4 address a NAT64 gateway would reach
        var table = address.AddressFamily == AddressFamily.InterNetwork ? V4 : V6;
        foreach (var (net, label) in table)
            if (net.Contains(address)) return label;
        return null;
    }
}

/// <summary>AllowedTargets: CIDRs let those addresses through; "host:port" lets that exact origin through.</summary>
internal sealed class AllowList
{
    private readonly List<IPNetwork> _networks = [];
    private readonly HashSet<string> _hostPorts = new(StringComparer.OrdinalIgnoreCase);

    public static AllowList Parse(IEnumerable<string> entries)
    {
        var list = new AllowList();
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var net)) list._networks.Add(net);
            else if (entry.Length > 0) list._hostPorts.Add(entry.Trim('[').Replace("]:", ":", StringComparison.Ordinal));
        }
        return list;
    }

    public bool MatchesHostPort(string host, int port) => _hostPorts.Contains($"{host.Trim('[', ']')}:{port}");

    public bool Contains(IPAddress address)
    {
        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Exists(n => n.Contains(address) || n.Contains(v4));
    }
}
