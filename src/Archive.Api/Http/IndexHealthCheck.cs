using System.Text.Json;
using Archive.Application.Indexing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Http;

/// <summary>
/// Readiness of this node's index (issue 26): unhealthy until the index holds the database (the first build from
/// the feed, or the start-up reconciliation on SQLite), with how far it is behind the change feed, so a reverse
/// proxy sends no reads to a node still building and an operator sees a node that falls behind.
/// </summary>
public sealed class IndexHealthCheck(IndexFeedState state) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = state.Current;
        var data = new Dictionary<string, object>
        {
            ["followsChangeFeed"] = state.Follows,
            ["ready"] = current.Ready,
        };
        if (current.AppliedChange is { } applied)
        {
            data["appliedChange"] = applied;
        }

        if (current.LagChanges is { } changes)
        {
            data["lagChanges"] = changes;
        }

        if (state.LagSeconds is { } seconds)
        {
            data["lagSeconds"] = Math.Round(seconds, 1);
        }

        return Task.FromResult(current.Ready
            ? HealthCheckResult.Healthy("the index is built", data)
            : HealthCheckResult.Unhealthy("the index is being built from the database", data: data));
    }

    /// <summary>The report as JSON: overall status, and each check's status, description and data.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(
            context.Response.Body,
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            },
            cancellationToken: context.RequestAborted);
    }
}
