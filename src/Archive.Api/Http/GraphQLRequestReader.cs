using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Archive.Api.GraphQL.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: GET parameters or a POST body of media type application/json (UTF-8).
/// Anything malformed is an <see cref="HttpProblem"/> with a 4xx status, never an exception that becomes a 500.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLSerializer serializer)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, ApiOptions options, CancellationToken cancellationToken)
    {
        var graphQLRequest = HttpMethods.IsGet(request.Method)
            ? ReadQueryString(request.Query)
            : await ReadBodyAsync(request, options, cancellationToken);

        if (graphQLRequest.Query.Length > options.MaxQueryLength)
        {
            throw new HttpProblem(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLarge,
                $"the query is {graphQLRequest.Query.Length} characters long; at most {options.MaxQueryLength} are accepted");
        }

        return graphQLRequest;
    }

    private GraphQLHttpRequest ReadQueryString(IQueryCollection parameters)
    {
        var query = Single(parameters, "query") ?? throw BadRequest("the 'query' parameter is required");
        var variables = Single(parameters, "variables") is { } variablesText ? ParseObject(variablesText, "variables") : null;
        var extensions = Single(parameters, "extensions") is { } extensionsText ? ParseObject(extensionsText, "extensions") : null;
        return new GraphQLHttpRequest(query, Single(parameters, "operationName"), variables, extensions);
    }

    private async Task<GraphQLHttpRequest> ReadBodyAsync(HttpRequest request, ApiOptions options, CancellationToken cancellationToken)
    {
        CheckContentType(request.ContentType);
        var body = await ReadBoundedAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        if (!Utf8.IsValid(body.Span))
        {
            throw new HttpProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidEncoding, "the body is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw BadRequest($"the body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            CheckStrings(root, "the body");
            if (root.ValueKind == JsonValueKind.Array)
            {
                throw new HttpProblem(StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported,
                    "batched requests (a JSON array) are not supported; send one request object per HTTP request");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw BadRequest("the body must be a JSON object with a 'query' string");
            }

            var query = root.TryGetProperty("query", out var queryElement) && queryElement.ValueKind == JsonValueKind.String
                ? queryElement.GetString()!
                : throw BadRequest("'query' must be a string holding the GraphQL document");
            var operationName = OptionalString(root, "operationName");
            var variables = OptionalObject(root, "variables");
            var extensions = OptionalObject(root, "extensions");
            return new GraphQLHttpRequest(query, operationName, variables, extensions);
        }
    }

    private static void CheckContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new HttpProblem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "POST bodies must have Content-Type: application/json");
        }

        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new HttpProblem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"only charset=utf-8 is accepted, not {mediaType.Charset}");
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private Inputs? ParseObject(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            CheckStrings(document.RootElement, $"'{name}'");
            return ToInputs(document.RootElement, name);
        }
        catch (JsonException ex)
        {
            throw BadRequest($"'{name}' is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// Refuses JSON strings (values and property names) that escape a lone surrogate such as "\ud800": they decode to
    /// no Unicode text, and reading them later throws far from here.
    /// </summary>
    private static void CheckStrings(JsonElement element, string where)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(element, where);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CheckStrings(item, where);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw LoneSurrogate(where);
                    }

                    if (HasLoneSurrogate(name))
                    {
                        throw LoneSurrogate(where);
                    }

                    CheckStrings(property.Value, where);
                }

                break;
        }
    }

    private static void CheckString(JsonElement element, string where)
    {
        string value;
        try
        {
            value = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw LoneSurrogate(where);
        }

        if (HasLoneSurrogate(value))
        {
            throw LoneSurrogate(where);
        }
    }

    /// <summary>True when a UTF-16 surrogate is not part of a high-low pair (Unicode text has none).</summary>
    internal static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static HttpProblem LoneSurrogate(string where) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidEncoding, $"{where} holds a string with a lone surrogate escape (e.g. \\ud800), which is not Unicode text");

    private Inputs? OptionalObject(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) ? ToInputs(element, name) : null;

    private Inputs? ToInputs(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(element),
        _ => throw BadRequest($"'{name}' must be a JSON object"),
    };

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : throw BadRequest($"'{name}' must be a string");
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw BadRequest($"the '{name}' parameter is given {values.Count} times");
    }

    private static HttpProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static HttpProblem TooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"the request body is larger than {limit} bytes");
}
