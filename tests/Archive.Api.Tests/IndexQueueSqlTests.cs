using System.Text.RegularExpressions;
using Archive.Api.Tests.Infrastructure;
using Archive.Application.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// The index catch-up service asks the queue for pending reports every second on every serving node, so that read
/// must be an index search: as a scan of every report it took 324 ms a poll at 100k, a third of a core.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class IndexQueueSqlTests(ApiHost host)
{
    [Fact]
    public async Task PendingReports_AreLookedUpInTheIndexedColumnsIndex_NotFoundByScanningEveryReport()
    {
        var queue = host.Services.GetRequiredService<IndexQueue>();
        host.SqlCommands.Reset();

        await queue.PendingAsync(1, TestContext.CancellationToken);

        var sql = Assert.Single(host.SqlCommands.Texts, t => t.Contains("\"Indexed\"", StringComparison.Ordinal));
        var parameters = Parameter().Matches(sql).Select(m => (m.Value, (object?)0)).Distinct().ToArray();
        var plan = host.Query("EXPLAIN QUERY PLAN " + sql, r => r.GetString(3), parameters);
        Assert.Contains(plan, step => step.Contains("INDEX IX_Reports_Indexed", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
