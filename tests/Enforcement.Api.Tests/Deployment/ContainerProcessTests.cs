using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Deployment;

/// <summary>
/// What the container does, without a Docker engine: the built app run as its own process with
/// <c>dotnet Enforcement.Api.dll</c>, the compose file's environment and <c>ASPNETCORE_URLS=http://+:port</c> like the Dockerfile.
/// </summary>
public sealed class ContainerProcessTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_app_started_like_the_container_answers_health_on_the_machines_network_address()
    {
        await using var database = new ThrowawayPostgres();
        var port = FreePort();
        var (address, note) = NetworkAddress();
        using var app = Start(database, port);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var health = $"http://{(address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address)}:{port}/health";
            var stopwatch = Stopwatch.StartNew();
            HttpStatusCode? status = null;
            while (status != HttpStatusCode.OK && !app.Process.HasExited && stopwatch.Elapsed < StartLimit)
            {
                try { status = (await http.GetAsync(health)).StatusCode; }
                catch (HttpRequestException) { await Task.Delay(500); }
            }
            Assert.True(status == HttpStatusCode.OK,
                $"GET {health} ({note}) answered {status?.ToString() ?? "nothing"} within {stopwatch.Elapsed.TotalSeconds:0} s; exited: {app.Process.HasExited}. Output:\n{app.Output}");
        }
        finally
        {
            app.Kill();
        }
    }

    [Fact]
    public async Task The_container_with_demo_data_turned_on_exits_with_the_reason()
    {
        await using var database = new ThrowawayPostgres();
        using var app = Start(database, FreePort(), ("Seed__DemoData", "true"));
        try
        {
            using var limit = new CancellationTokenSource(StartLimit);
            await app.Process.WaitForExitAsync(limit.Token);

            Assert.NotEqual(0, app.Process.ExitCode);
            Assert.Contains("Refusing to start: Seed:DemoData is true and the app would listen on http://+:", app.Output, StringComparison.Ordinal);
        }
        finally
        {
            app.Kill();
        }
    }

    private sealed class AppProcess(Process process, StringBuilder output) : IDisposable
    {
        public Process Process => process;
        public string Output { get { lock (output) return output.ToString(); } }

        public void Kill()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose() => process.Dispose();
    }

    private static AppProcess Start(ThrowawayPostgres database, int port, params (string Key, string Value)[] extra)
    {
        var configuration = typeof(ContainerProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var bin = Path.Combine(Repository.Root, "src", "Enforcement.Api", "bin", configuration, "net10.0");
        var dll = Path.Combine(bin, "Enforcement.Api.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution with -c {configuration} first.");
        var smtp = (Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_SMTP")
            ?? throw new InvalidOperationException("ENFORCEMENT_TEST_SMTP is not set: run scripts/test.sh.")).Split(':');

        // WORKDIR /app; ENTRYPOINT ["dotnet", "Enforcement.Api.dll"]
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [dll])
        {
            WorkingDirectory = bin, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // Like a container: none of this machine's app settings, only the compose file's.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in ComposeFile.AppEnvironment())
            start.Environment[key] = value is null ? null : ComposeFile.Interpolate(value, name => $"test-{name.ToLowerInvariant()}-value");
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Email__SmtpHost"] = smtp[0];
        start.Environment["Email__SmtpPort"] = smtp[1];
        start.Environment["ASPNETCORE_URLS"] = $"http://+:{port}";
        foreach (var (key, value) in extra) start.Environment[key] = value;

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An address of this machine other than loopback, as another machine would reach the container.</summary>
    private static (IPAddress Address, string Note) NetworkAddress()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)
            .FirstOrDefault(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal);
        return address is null
            ? (IPAddress.Loopback, "this machine has no network address other than loopback, so loopback was used")
            : (address, $"{address} is this machine's network address");
    }
}
