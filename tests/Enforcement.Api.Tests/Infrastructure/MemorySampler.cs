using System.Diagnostics;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>Peak managed heap and working set of this process, sampled every 20 ms on a thread of its own.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public MemorySampler()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        BaseHeap = PeakHeap = GC.GetTotalMemory(forceFullCollection: true);
        _process.Refresh();
        BaseWorkingSet = PeakWorkingSet = _process.WorkingSet64;
        _thread = new Thread(Run) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    public long BaseHeap { get; }
    public long BaseWorkingSet { get; }
    public long PeakHeap { get; private set; }
    public long PeakWorkingSet { get; private set; }
    public long HeapGrowth => PeakHeap - BaseHeap;
    public long WorkingSetGrowth => PeakWorkingSet - BaseWorkingSet;

    public void Stop()
    {
        _stop.Cancel();
        _thread.Join();
    }

    private void Run()
    {
        while (!_stop.IsCancellationRequested)
        {
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
            _process.Refresh();
            PeakWorkingSet = Math.Max(PeakWorkingSet, _process.WorkingSet64);
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested) Stop();
        _stop.Dispose();
        _process.Dispose();
    }
}
