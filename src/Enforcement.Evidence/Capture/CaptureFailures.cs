using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

/// <summary>What went wrong, in short Vietnamese for staff, and whether trying again may help.</summary>
internal static class CaptureFailures
{
    /// <summary>A failure the session already decided wins; the caller's own cancellation stays a cancellation.</summary>
    public static CaptureFailedException Translate(Exception e, CaptureSession? session, EvidenceOptions opts, CancellationToken ct)
    {
        if (session?.Failure is { } failure) return failure;
        if (ct.IsCancellationRequested) throw new OperationCanceledException("Capture cancelled", e, ct);
        var message = e.Message;
        return e switch
        {
            OperationCanceledException => new($"Quá thời gian chờ {opts.CaptureTimeoutSeconds} giây cho toàn bộ việc thu thập", true),
            TimeoutException => new($"Quá thời gian chờ {opts.NavigationTimeoutSeconds} giây", true),
            PlaywrightException when message.Contains("Download is starting", StringComparison.Ordinal) || session?.DownloadSeen == true =>
                new("Địa chỉ dẫn tới một tệp tải xuống, không phải trang web", false),
            PlaywrightException when message.Contains("ERR_TOO_MANY_REDIRECTS", StringComparison.Ordinal) =>
                new($"Quá nhiều lần chuyển hướng (hơn {opts.MaxRedirects})", false),
            PlaywrightException when NetError(message) is { } code => new($"Không mở được trang ({code})", true),
            PlaywrightException => new("Trình duyệt gặp lỗi khi thu thập trang", true),
            _ => new("Lỗi khi ghi tệp bằng chứng", true),
        };
    }

    private static string? NetError(string message)
    {
        var at = message.IndexOf("net::ERR_", StringComparison.Ordinal);
        if (at < 0) return null;
        var end = at;
        while (end < message.Length && (char.IsAsciiLetterOrDigit(message[end]) || message[end] is '_' or ':')) end++;
        return message[at..end];
    }
}
