namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>Wakes the unit import worker when a list is uploaded or confirmed in this process.</summary>
public sealed class UnitImportSignal
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
            // Already signalled: one wake-up serves any number of jobs.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
