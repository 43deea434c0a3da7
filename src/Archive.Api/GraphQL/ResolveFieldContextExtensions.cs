using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.GraphQL;

internal static class ResolveFieldContextExtensions
{
    /// <summary>A service of the current request's scope (loaders are per request; readers are singletons).</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL executed without request services")).GetRequiredService<T>();
}
