using System.Diagnostics;

namespace LearningSociety.Benchmarks;

/// <summary>Warm-up runs, then timed runs; the median is the figure reported (min and max beside it).</summary>
public static class Harness
{
    /// <param name="CpuMedian">Processor time of the whole process per run: much less sensitive than wall time to other work on the machine.</param>
    public sealed record Timing(string Name, double Median, double Min, double Max, int Runs, double CpuMedian);

    public static async Task<Timing> MeasureAsync(string name, int runs, int warmup, Func<Task> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var samples = new double[runs];
        var cpu = new double[runs];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await action();
            samples[i] = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        Array.Sort(samples);
        Array.Sort(cpu);
        return new Timing(name, Median(samples), samples[0], samples[^1], runs, Median(cpu));
    }

    private static double Median(double[] sorted)
    {
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
