using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Safety;

public sealed record TargetDecision(bool Allowed, string? Reason);

/// <summary>
/// The SSRF guard: only http/https, and every address the host resolves to must be public, unless the
/// target matches <see cref="EvidenceOptions.AllowedTargets"/>.
/// Limit (DNS rebinding): Chromium resolves the name again on its own, so a name that answers public here
/// and private a moment later is requested; <see cref="CheckConnected"/> then refuses its response, after
/// the fact, so the content never becomes evidence.
/// </summary>
public sealed class TargetGuard
{
    private readonly AllowList _allow;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    public TargetGuard(IOptions<EvidenceOptions> options) : this(options, Dns.GetHostAddressesAsync) { }

    /// <summary>Tests: a resolver that lies like a rebinding DNS server.</summary>
    internal TargetGuard(IOptions<EvidenceOptions> options, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allow = AllowList.Parse(options.Value.AllowedTargets);
        _resolve = resolve;
    }

    public async Task<TargetDecision> CheckAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return new(false, $"Chỉ cho phép địa chỉ http hoặc https ({(url.IsAbsoluteUri ? url.Scheme : "tương đối")})");
        if (_allow.MatchesHostPort(url.IdnHost, url.Port)) return new(true, null);

        IPAddress[] addresses;
        var host = url.IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal)) addresses = [literal];
        else
        {
            try { addresses = await _resolve(host, ct); }
            catch (SocketException) { return new(false, $"Không phân giải được tên miền {host}"); }
            if (addresses.Length == 0) return new(false, $"Không phân giải được tên miền {host}");
        }

        foreach (var address in addresses)
        {
            var kind = AddressRules.Classify(address);
            if (kind is not null && !_allow.Contains(address))
                return new(false, $"Địa chỉ {kind} ({address}) không được phép");
        }
        return new(true, null);
    }

    /// <summary>The address the browser actually connected to for url; a reason when it is one the guard forbids.</summary>
    internal string? CheckConnected(Uri url, string? ip)
    {
        if (ip is null || !IPAddress.TryParse(ip.Trim('[', ']'), out var address)) return null;
        if (_allow.MatchesHostPort(url.IdnHost, url.Port) || _allow.Contains(address)) return null;
        return AddressRules.Classify(address) is { } kind ? $"Trang đã kết nối tới địa chỉ {kind} ({address}), không được phép" : null;
    }
}
