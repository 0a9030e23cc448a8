using System.Diagnostics;
using System.Globalization;

namespace LearningSociety.Web.Features.Exports;

/// <summary>"machine:pid:random", stored on the jobs a process runs, so that a restarted process recognises jobs its predecessor lost.</summary>
public static class WorkerIdentity
{
    public static string Current { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    /// <summary>
    /// True when the worker certainly no longer runs: it was on this machine and its process has
    /// gone, or the process id now belongs to us (a container restarted as pid 1 again).
    /// </summary>
    public static bool IsGone(string? worker)
    {
        var parts = worker?.Split(':');
        if (parts is not { Length: 3 } || parts[0] != Environment.MachineName || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return worker != Current;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
