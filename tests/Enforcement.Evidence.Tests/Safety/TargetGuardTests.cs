using Enforcement.Evidence.Safety;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Tests.Safety;

public sealed class TargetGuardTests
{
    private static TargetGuard Guard(params string[] allowed) => new(Options.Create(new EvidenceOptions { AllowedTargets = [.. allowed] }));

    private static Task<TargetDecision> Check(string url, params string[] allowed) => Guard(allowed).CheckAsync(new Uri(url), CancellationToken.None);

    [Theory]
    [InlineData("http://127.0.0.1/", "nội bộ", "127.0.0.1")]
    [InlineData("http://127.8.9.10/", "nội bộ", "127.8.9.10")]
    [InlineData("http://10.1.2.3/", "nội bộ", "10.1.2.3")]
    [InlineData("http://172.16.0.1/", "nội bộ", "172.16.0.1")]
    [InlineData("http://172.31.255.254/", "nội bộ", "172.31.255.254")]
    [InlineData("http://192.168.1.1/", "nội bộ", "192.168.1.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "liên kết cục bộ", "169.254.169.254")]
    [InlineData("http://100.64.0.1/", "nội bộ (CGNAT)", "100.64.0.1")]
    [InlineData("http://100.127.255.254/", "nội bộ (CGNAT)", "100.127.255.254")]
    [InlineData("http://0.0.0.0/", "không xác định", "0.0.0.0")]
    [InlineData("http://0.1.2.3/", "không xác định", "0.1.2.3")]
    [InlineData("http://224.0.0.1/", "multicast", "224.0.0.1")]
    [InlineData("http://255.255.255.255/", "dành riêng hoặc broadcast", "255.255.255.255")]
    [InlineData("http://[::1]/", "nội bộ", "::1")]
    [InlineData("http://[::]/", "không xác định", "::")]
    [InlineData("http://[fe80::1]/", "liên kết cục bộ", "fe80::1")]
    [InlineData("http://[fc00::1]/", "nội bộ (ULA)", "fc00::1")]
    [InlineData("http://[fd12:3456::1]/", "nội bộ (ULA)", "fd12:3456::1")]
    [InlineData("http://[ff02::1]/", "multicast", "ff02::1")]
    [InlineData("http://[::ffff:127.0.0.1]/", "nội bộ", "::ffff:127.0.0.1")]
    [InlineData("http://[::ffff:169.254.169.254]/", "liên kết cục bộ", "::ffff:169.254.169.254")]
    [InlineData("http://[::ffff:10.0.0.1]/", "nội bộ", "::ffff:10.0.0.1")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", "liên kết cục bộ", "64:ff9b::a9fe:a9fe")]
    public async Task Refuses_every_internal_address_class(string url, string label, string shown)
    {
        var decision = await Check(url);

        Assert.False(decision.Allowed);
        Assert.Equal($"Địa chỉ {label} ({shown}) không được phép", decision.Reason);
    }

    [Theory]
    [InlineData("http://8.8.8.8/")]
    [InlineData("https://1.1.1.1/dns-query")]
    [InlineData("http://172.32.0.1/")]        // just past 172.16/12
    [InlineData("http://100.128.0.1/")]       // just past 100.64/10
    [InlineData("http://169.255.0.1/")]
    [InlineData("http://[2001:4860:4860::8888]/")]
    [InlineData("http://[::ffff:8.8.8.8]/")]
    public async Task Allows_public_addresses(string url)
    {
        var decision = await Check(url);

        Assert.True(decision.Allowed, decision.Reason);
        Assert.Null(decision.Reason);
    }

    [Theory]
    [InlineData("ftp://example.vn/file", "ftp")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("javascript:alert(1)", "javascript")]
    public async Task Refuses_schemes_other_than_http_and_https(string url, string scheme)
    {
        var decision = await Check(url);

        Assert.False(decision.Allowed);
        Assert.Equal($"Chỉ cho phép địa chỉ http hoặc https ({scheme})", decision.Reason);
    }

    [Fact]
    public async Task Resolves_names_and_refuses_one_that_points_inside()
    {
        var decision = await Check("http://localhost:8080/");

        Assert.False(decision.Allowed);
        Assert.Matches(@"^Địa chỉ nội bộ \((127\.0\.0\.1|::1)\) không được phép$", decision.Reason);
    }

    [Fact]
    public async Task Unresolvable_name_is_refused()
    {
        var decision = await Check("http://khong-ton-tai.invalid/");

        Assert.False(decision.Allowed);
        Assert.Equal("Không phân giải được tên miền khong-ton-tai.invalid", decision.Reason);
    }

    [Fact]
    public async Task Host_port_entry_allows_that_port_only()
    {
        Assert.True((await Check("http://127.0.0.1:8080/a", "127.0.0.1:8080")).Allowed);
        Assert.False((await Check("http://127.0.0.1:8081/a", "127.0.0.1:8080")).Allowed);
        Assert.False((await Check("http://127.0.0.2:8080/a", "127.0.0.1:8080")).Allowed);
        Assert.True((await Check("http://[::1]:9000/", "[::1]:9000")).Allowed);
    }

    [Fact]
    public async Task Cidr_entry_allows_addresses_inside_it_only()
    {
        Assert.True((await Check("http://10.20.30.40/", "10.0.0.0/8")).Allowed);
        Assert.True((await Check("http://[::ffff:10.20.30.40]/", "10.0.0.0/8")).Allowed);
        Assert.False((await Check("http://192.168.0.1/", "10.0.0.0/8")).Allowed);
        Assert.False((await Check("http://169.254.169.254/", "10.0.0.0/8")).Allowed);
    }

    [Fact]
    public void Connected_address_is_checked_against_the_same_rules_and_allowlist()
    {
        var guard = Guard("127.0.0.1:8080", "10.0.0.0/8");

        Assert.Null(guard.CheckConnected(new Uri("http://example.vn/"), "93.184.216.34"));
        Assert.Null(guard.CheckConnected(new Uri("http://127.0.0.1:8080/"), "127.0.0.1"));
        Assert.Null(guard.CheckConnected(new Uri("http://internal.example/"), "10.1.1.1"));
        Assert.Null(guard.CheckConnected(new Uri("http://example.vn/"), null));
        Assert.Equal("Trang đã kết nối tới địa chỉ liên kết cục bộ (169.254.169.254), không được phép", guard.CheckConnected(new Uri("http://example.vn/"), "169.254.169.254"));
        Assert.Equal("Trang đã kết nối tới địa chỉ nội bộ (::1), không được phép", guard.CheckConnected(new Uri("http://example.vn/"), "[::1]"));
    }
}
