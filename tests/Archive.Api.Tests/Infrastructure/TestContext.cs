namespace Archive.Api.Tests.Infrastructure;

/// <summary>The token tests pass on (xunit 2 has no per-test token; a generous bound keeps a hang from stalling the run).</summary>
public static class TestContext
{
    private static readonly CancellationTokenSource Source = new(TimeSpan.FromMinutes(5));

    public static CancellationToken CancellationToken => Source.Token;
}
