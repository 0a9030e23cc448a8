namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Wakes a background worker when a job is queued in this process, so it need not wait for its next
/// poll. One per worker (the type argument keeps them apart in the container).
/// </summary>
public sealed class WorkerSignal<TWorker>
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
