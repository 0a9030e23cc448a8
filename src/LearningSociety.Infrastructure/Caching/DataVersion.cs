namespace LearningSociety.Infrastructure.Caching;

/// <summary>
/// A number that changes after every committed write the portal's figures and pages are computed from
/// (<see cref="DataVersionInterceptor"/>): anything cached under one version is never read under the next,
/// so a page never shows figures older than the last write acknowledged to anyone.
/// One per process; the portal on SQLite runs as one process (its instance lock). With SQL Server and
/// several portal processes, Caching:Enabled = false, since one process does not see another's writes.
/// </summary>
public sealed class DataVersion(bool enabled = true)
{
    private long _value;
    private CancellationTokenSource _superseded = new();

    /// <summary>False: nothing is cached, every read is computed (Caching:Enabled = false).</summary>
    public bool Enabled { get; } = enabled;

    public long Current => Interlocked.Read(ref _value);

    /// <summary>Cancelled when the version it was read with is superseded: entries stored under it can go.</summary>
    public CancellationToken Superseded => Volatile.Read(ref _superseded).Token;

    public void Bump()
    {
        Interlocked.Increment(ref _value);
        using var previous = Interlocked.Exchange(ref _superseded, new CancellationTokenSource());
        previous.Cancel();
    }
}
