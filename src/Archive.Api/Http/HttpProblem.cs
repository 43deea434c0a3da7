namespace Archive.Api.Http;

/// <summary>A request refused before execution: the HTTP status and the GraphQL error code to answer with.</summary>
internal sealed class HttpProblem(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
