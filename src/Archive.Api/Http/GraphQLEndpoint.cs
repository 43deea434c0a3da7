using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Api.Http;

/// <summary>
/// /graphql per the GraphQL-over-HTTP spec: GET (queries only) and POST application/json, answered as
/// application/graphql-response+json or application/json per Accept.
/// </summary>
/// <remarks>
/// Status codes, one rule: 200 when the operation executed (errors during execution, timeouts included, are in the
/// body); 400 when the request failed before execution (unparseable, invalid, too complex); 405 for a mutation over
/// GET; 406/413/415 for transport problems. Every error carries extensions.code (see <see cref="ErrorCodes"/>).
/// </remarks>
public sealed class GraphQLEndpoint(
    IDocumentExecuter<ArchiveSchema> executer,
    IGraphQLTextSerializer serializer,
    IDocumentBuilder documentBuilder,
    GraphQLDocumentCache documentCache,
    RateLimiter rateLimiter,
    IOptions<ApiOptions> options,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly GraphQLRequestReader _reader = new(serializer);

    public async Task HandleAsync(HttpContext http)
    {
        var settings = options.Value;
        var aborted = http.RequestAborted;
        var mediaType = ResponseMediaTypes.Choose(http.Request.Headers.Accept);
        var userContext = UserContextFor(http, settings);
        var budget = userContext.Budget!;
        string? operationName = null;
        try
        {
            if (mediaType is null)
            {
                throw new HttpProblem(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                    $"accept {ResponseMediaTypes.GraphQLResponseJson} or {ResponseMediaTypes.Json}");
            }

            if (!budget.TryArrive())
            {
                throw RateLimited(http, budget.Decision!, $"no points remain of {budget.Decision!.Limit}; retry after {budget.Decision.RetryAfterSeconds} s");
            }

            var request = await _reader.ReadAsync(http.Request, settings, aborted);
            operationName = request.OperationName;
            var cached = documentCache.TryGet(request.Query);
            var document = cached ?? Parse(request.Query, settings);
            if (HttpMethods.IsGet(http.Request.Method) && SelectOperation(document, request.OperationName)?.Operation == OperationType.Mutation)
            {
                http.Response.Headers.Allow = "POST";
                throw new HttpProblem(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "mutations must be sent with POST");
            }

            var started = Stopwatch.GetTimestamp();
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,

                // A cached document passed the document-only rules before; the builder's rules (complexity) are appended to these.
                ValidationRules = cached is null ? null : GraphQLDocumentCache.RulesForCachedDocument,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = userContext,
                CancellationToken = aborted,
                Timeout = settings.ExecutionTimeout,
                UnhandledExceptionDelegate = context =>
                {
                    Log.ResolverFailed(logger, operationName, context.OriginalException);
                    context.ErrorMessage = "internal error (logged on the server)";
                    return Task.CompletedTask;
                },
            });

            if (cached is null && result.Executed)
            {
                documentCache.Add(request.Query, document);
            }

            if (result.Errors?.Any(e => e is TimeoutError) == true)
            {
                // The execution ran and was stopped: a 200 with data null and a TIMEOUT error, not a failed request.
                Log.TimedOut(logger, operationName, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                result.Executed = true;
                result.Data = null;
            }

            AddCost(result, budget);
            var status = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            if (!result.Executed && result.Errors?.Any(e => e is RateLimitedError) == true)
            {
                status = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = budget.Decision!.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            }

            await WriteBoundedAsync(http, status, mediaType, result, budget, settings.MaxResponseBytes, aborted);
        }
        catch (HttpProblem problem)
        {
            Log.Rejected(logger, problem.StatusCode, problem.Code, problem.Message);
            var result = new ExecutionResult(new ArchiveError(problem.Code, problem.Message));
            AddCost(result, budget);
            await WriteAsync(http, problem.StatusCode, mediaType ?? ResponseMediaTypes.Json, result, aborted);
        }
        catch (SyntaxError error)
        {
            Log.Rejected(logger, StatusCodes.Status400BadRequest, ErrorCodes.ParseFailed, error.Message);
            var result = new ExecutionResult(error);
            AddCost(result, budget);
            await WriteAsync(http, StatusCodes.Status400BadRequest, mediaType ?? ResponseMediaTypes.Json, result, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nobody is listening for a response.
            Log.ClientAborted(logger, operationName);
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            // Whatever escaped the rules above still gets a coded JSON body, never an empty 500.
            Log.RequestFailed(logger, operationName, ex);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, mediaType ?? ResponseMediaTypes.Json,
                new ExecutionResult(new ArchiveError(ErrorCodes.InternalServerError, "internal error (logged on the server)")), aborted);
        }
    }

    private static HttpProblem RateLimited(HttpContext http, RateLimitDecision decision, string message)
    {
        http.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return new HttpProblem(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, message);
    }

    /// <summary>extensions.rateLimit { cost limit remaining resetAt } (GitHub's model) and extensions.complexity.</summary>
    private static void AddCost(ExecutionResult result, RequestBudget budget)
    {
        if (budget.Complexity is { } complexity)
        {
            result.Extensions ??= [];
            result.Extensions["complexity"] = Math.Round(complexity, 1);
        }

        if (budget.Decision is { } decision)
        {
            result.Extensions ??= [];
            result.Extensions["rateLimit"] = decision.ToExtension();
        }
    }

    /// <summary>
    /// Serializes into a buffer of at most <paramref name="limit"/> bytes, then sends it; a larger result is replaced by a
    /// RESPONSE_TOO_LARGE error (200, data null: the operation ran, as with TIMEOUT), so no response is unbounded.
    /// </summary>
    private async Task WriteBoundedAsync(HttpContext http, int statusCode, string mediaType, ExecutionResult result, RequestBudget budget, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new BoundedBufferStream(limit);
        try
        {
            await serializer.WriteAsync(buffer, result, cancellationToken);
        }
        catch (ResponseTooLargeException)
        {
            Log.ResponseTooLarge(logger, limit);
            var refusal = new ExecutionResult(new ArchiveError(ErrorCodes.ResponseTooLarge,
                $"the result is larger than {limit} bytes; ask for fewer items (first:) or fields"));
            refusal.Executed = true;
            AddCost(refusal, budget);
            await WriteAsync(http, statusCode, mediaType, refusal, cancellationToken);
            return;
        }

        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
    }

    private GraphQLDocument Parse(string query, ApiOptions settings)
    {
        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new HttpProblem(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex, "the document is nested too deeply");
        }

        // Fragment spreads count once per spread, so a document whose fragments double at each level is refused here, before validation walks it.
        var fields = DocumentLimits.CountFields(document);
        if (fields > settings.MaxFieldCount)
        {
            throw new HttpProblem(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex,
                $"the document selects {fields} fields (fragment spreads counted each time they are spread); at most {settings.MaxFieldCount} are allowed");
        }

        return document;
    }

    /// <summary>The operation that will run, or null when the executer will report the choice as an error.</summary>
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is { } name && name.Value.Span.SequenceEqual(operationName.AsSpan()));
    }

    private ArchiveUserContext UserContextFor(HttpContext http, ApiOptions settings)
    {
        var (canWrite, refusal) = CheckKey(http.Request, settings);

        // A valid key is its holder's bucket; anyone else is their address (a made-up key would be a fresh bucket per request).
        var client = canWrite ? "key" : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return new ArchiveUserContext { CanWrite = canWrite, WriteRefusal = refusal, Budget = new RequestBudget(rateLimiter, client) };
    }

    private static (bool CanWrite, string? Refusal) CheckKey(HttpRequest request, ApiOptions settings)
    {
        if (string.IsNullOrEmpty(settings.ApiKey))
        {
            return (false, "writes are off on this server (no Api:ApiKey configured)");
        }

        var presented = request.Headers[settings.ApiKeyHeader].ToString();
        if (presented.Length == 0)
        {
            return (false, $"writes require the API key in the {settings.ApiKeyHeader} header");
        }

        var valid = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(settings.ApiKey));
        return valid ? (true, null) : (false, $"the {settings.ApiKeyHeader} header does not hold a valid API key");
    }

    private async Task WriteAsync(HttpContext http, int statusCode, string mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

}
