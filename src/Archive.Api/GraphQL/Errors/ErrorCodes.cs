namespace Archive.Api.GraphQL.Errors;

/// <summary>The stable values of `extensions.code` in every error the API returns.</summary>
public static class ErrorCodes
{
    /// <summary>An argument or variable value is not acceptable (wrong type, out of range, malformed id).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>Something named in the request does not exist (e.g. an unknown metric key).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The document exceeds the depth, cost or field-count limits.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The execution took longer than the configured timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A write was attempted without a valid API key (or writes are off).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>An `after` cursor that this API did not issue for this field and order.</summary>
    public const string BadCursor = "BAD_CURSOR";

    /// <summary>`first` above the maximum page size (100); the request is rejected, not clamped.</summary>
    public const string PageTooLarge = "PAGE_TOO_LARGE";

    /// <summary>A search query the search syntax does not allow.</summary>
    public const string BadSearchSyntax = "BAD_SEARCH_SYNTAX";

    /// <summary>An aggregation would return more groups than allowed.</summary>
    public const string ResultTooLarge = "RESULT_TOO_LARGE";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The HTTP request is not a GraphQL-over-HTTP request (malformed JSON, missing query, bad parameters).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A JSON array body: batched requests are not supported.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>The request body is larger than allowed.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The query document is longer than allowed.</summary>
    public const string QueryTooLarge = "QUERY_TOO_LARGE";

    /// <summary>The HTTP method is not allowed (e.g. a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body's media type is not application/json (UTF-8).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header allows none of the response media types.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The body is not valid UTF-8, or a JSON string in it escapes a lone surrogate (\ud800): not Unicode text.</summary>
    public const string InvalidEncoding = "INVALID_ENCODING";

    /// <summary>The client's rate-limit bucket holds fewer points than the query costs (HTTP 429 with Retry-After).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The result is larger than Api:MaxResponseBytes; ask for fewer items or fields.</summary>
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>A failure inside the server; details are logged, not returned.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
