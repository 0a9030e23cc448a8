namespace LearningSociety.Web.Features.Exports;

/// <summary>How many jobs this process runs now and the most it ever ran at once (for the logs and the tests).</summary>
public sealed class ExportConcurrency
{
    private int _current;
    private int _peak;

    public int Current => Volatile.Read(ref _current);

    public int Peak => Volatile.Read(ref _peak);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        for (var peak = Peak; now > peak; peak = Peak)
        {
            if (Interlocked.CompareExchange(ref _peak, now, peak) == peak)
            {
                break;
            }
        }
    }

    public void Leave() => Interlocked.Decrement(ref _current);
}
