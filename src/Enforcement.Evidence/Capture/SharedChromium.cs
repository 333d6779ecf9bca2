using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

/// <summary>
/// The capturer's one Chromium (Evidence:ExecutablePath, same flags) lent to other printing work, e.g. report PDFs,
/// so the app never launches a second browser. Callers open their own context and close it; they take no capture slot.
/// </summary>
public sealed class SharedChromium
{
    private readonly BrowserHost _host;

    internal SharedChromium(BrowserHost host) => _host = host;

    public Task<IBrowser> GetBrowserAsync(CancellationToken ct) => _host.GetBrowserAsync(ct);
}
