using GraphQL;

namespace Archive.Api.Http;

/// <summary>A GraphQL-over-HTTP request, read from the query string (GET) or a JSON body (POST).</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
