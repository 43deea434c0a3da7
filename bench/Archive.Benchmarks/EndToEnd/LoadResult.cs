using System.Globalization;

namespace Archive.Benchmarks.EndToEnd;

/// <summary>
/// One load run's figures (latencies in milliseconds). CPU per request is the server's when its process id was given,
/// else this process's (the load generator, and the server too when it runs in this process).
/// </summary>
internal sealed record LoadResult(
    string Scenario, int Concurrency, int Seconds, int Requests, double RequestsPerSecond, double P50, double P90, double P99, double Max, int Errors, double CpuMillisecondsPerRequest)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Scenario,-8} {Concurrency,3} clients {Seconds,3} s: {Requests,7} requests {RequestsPerSecond,7:F0} req/s  p50 {P50,8:F2} ms  p90 {P90,8:F2} ms  p99 {P99,8:F2} ms  max {Max,8:F2} ms  errors {Errors}  CPU {CpuMillisecondsPerRequest:F2} ms/request");
}
