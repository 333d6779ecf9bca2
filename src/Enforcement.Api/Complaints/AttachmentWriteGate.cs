namespace Enforcement.Api.Complaints;

/// <summary>
/// One submission with files writes to the database at a time, per instance; the others wait here, asynchronously,
/// with their files spooled on disk. Measured (docs/decisions/0012): 20 unbounded 10 MB writes stalled /health for
/// 1.5 s on PostgreSQL and up to 5 s on SQLite (writers parked in busy_timeout hold pool threads); one at a time
/// kept it under 100 ms on both, for the same total time.
/// </summary>
internal sealed class AttachmentWriteGate : IDisposable
{
    private readonly SemaphoreSlim _slot = new(1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _slot.WaitAsync(ct);
        return new Slot(_slot);
    }

    public void Dispose() => _slot.Dispose();

    private sealed class Slot(SemaphoreSlim slot) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slot.Release();
        }
    }
}
