namespace Enforcement.Api.Evidence.Capture;

/// <summary>Wakes this instance's capture workers right after a request is committed.</summary>
internal sealed class CaptureSignal
{
    private readonly SemaphoreSlim _signal = new(0, 16);

    public void Notify()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { /* enough wake-ups pending */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
