using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests.Infrastructure;

/// <summary>An HTTP answer of /graphql: status, media type and the parsed JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? [.. Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    /// <summary>Asserts no errors and returns data.</summary>
    public JsonElement Ok()
    {
        Assert.True(!HasErrors, "unexpected errors: " + Body);
        Assert.Equal(HttpStatusCode.OK, Status);
        return Data;
    }
}
