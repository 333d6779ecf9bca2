using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>
/// A small SMTP server on loopback standing in for a slow or failing mail relay (the edge of the world):
/// it accepts every message, records its Message-ID, and before answering a message's DATA it runs the
/// test's hook, so a test can act while a dispatcher is in the middle of a batch.
/// </summary>
public sealed partial class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _count;

    public TestSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Message-IDs in the order the messages were accepted (duplicates kept).</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Runs before the server answers the n-th message (1-based) of its lifetime.</summary>
    public Func<int, Task>? BeforeAccepting { get; set; }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 test-smtp ready");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-test-smtp");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var message = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".") message.AppendLine(data);
                        var n = Interlocked.Increment(ref _count);
                        if (BeforeAccepting is { } hook) await hook(n);
                        Received.Enqueue(MessageId().Match(message.ToString()) is { Success: true } m ? m.Groups[1].Value : $"(no id #{n})");
                        await writer.WriteLineAsync("250 accepted");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default: // HELO, MAIL, RCPT, RSET, NOOP
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // the client went away
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    [GeneratedRegex(@"^Message-I[Dd]:\s*<([^>]+)>", RegexOptions.Multiline)]
    private static partial Regex MessageId();
}
