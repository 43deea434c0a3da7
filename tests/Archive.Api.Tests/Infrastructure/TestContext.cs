namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The token tests pass on. xunit 2 has no per-test token, so each call starts its own bound: a hang stops that
/// operation after two minutes, while a slow machine (a load of 10–13 on 2 cores was seen) never runs a whole
/// assembly into one shared deadline, which is what a single static token did.
/// </summary>
public static class TestContext
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    public static CancellationToken CancellationToken => new CancellationTokenSource(Bound).Token;
}
