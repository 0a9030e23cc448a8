namespace LearningSociety.Web.Features.Exports;

/// <summary>Wakes the worker when a job is queued in this process, so it need not wait for its next poll.</summary>
public sealed class ExportSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up serves any number of new jobs.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
