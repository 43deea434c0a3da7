using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Http;

/// <summary>Picks the response media type from the Accept header (GraphQL over HTTP §Accept).</summary>
internal static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// application/graphql-response+json unless the client prefers application/json; without an Accept header
    /// the modern type (the spec's watershed has passed). Null when neither is acceptable (406).
    /// </summary>
    public static string? Choose(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return GraphQLResponseJson;
        }

        var modern = Quality(ranges, "application", "graphql-response+json");
        var legacy = Quality(ranges, "application", "json");
        if (modern <= 0 && legacy <= 0)
        {
            return null;
        }

        return legacy > modern ? Json : GraphQLResponseJson;
    }

    /// <summary>The quality the most specific matching range gives type/subtype (0 when none matches).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var bestSpecificity = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            if (range.Charset.HasValue && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = 0;
            }
            else if (range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && range.MatchesAllSubTypes)
            {
                specificity = 1;
            }
            else if (range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase))
            {
                specificity = 2;
            }
            else
            {
                continue;
            }

            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return quality;
    }
}
