using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL-over-HTTP requests the way a client app would.</summary>
public static class GraphQLClient
{
    public static Task<GraphQLResponse> PostAsync(this HttpClient client, string query, object? variables = null, string? operationName = null, string? apiKey = null)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables, ["operationName"] = operationName });
        return client.PostRawAsync(body, "application/json", apiKey: apiKey);
    }

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string contentType, string? accept = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> GetAsync(this HttpClient client, string query, object? variables = null, string? accept = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.CancellationToken);
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"not JSON ({(int)response.StatusCode}): {text[..Math.Min(text.Length, 500)]}");
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
