using Enforcement.Evidence.Capture;
using Enforcement.Evidence.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence;

public static class EvidenceCaptureServices
{
    /// <summary>TargetGuard and the capturer, both singletons; the capturer owns the one shared browser.</summary>
    public static IServiceCollection AddEvidenceCapture(this IServiceCollection services)
    {
        services.AddSingleton<TargetGuard>();
        services.AddSingleton<IWebCapturer>(sp => new PlaywrightCapturer(
            sp.GetRequiredService<IOptions<EvidenceOptions>>(), sp.GetRequiredService<TargetGuard>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetService<ILogger<PlaywrightCapturer>>()));
        // Not disposable itself: the capturer owns and closes the browser.
        services.AddSingleton(sp => new SharedChromium(((PlaywrightCapturer)sp.GetRequiredService<IWebCapturer>()).Host));
        return services;
    }
}
