using Archive.Api.GraphQL.Loaders;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.GraphQL;

internal static class ResolveFieldContextExtensions
{
    /// <summary>A service of the current request's scope (loaders are per request; readers are singletons).</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL executed without request services")).GetRequiredService<T>();

    /// <summary>The Chinese label of a metric key (the key itself when the dictionary does not know it; never null).</summary>
    public static async Task<string?> MetricLabelAsync(this IResolveFieldContext context, string key)
    {
        var definitions = await context.Service<MetricLabels>().GetAsync(context.CancellationToken);
        return definitions.TryGetValue(key, out var definition) ? definition.Label : key;
    }
}
