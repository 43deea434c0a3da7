using System.Diagnostics;
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
    IOptions<ApiOptions> options,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly GraphQLRequestReader _reader = new(serializer);

    public async Task HandleAsync(HttpContext http)
    {
        var settings = options.Value;
        var aborted = http.RequestAborted;
        var mediaType = ResponseMediaTypes.Choose(http.Request.Headers.Accept);
        string? operationName = null;
        try
        {
            if (mediaType is null)
            {
                throw new HttpProblem(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                    $"accept {ResponseMediaTypes.GraphQLResponseJson} or {ResponseMediaTypes.Json}");
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
                UserContext = UserContextFor(http.Request, settings),
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

            await WriteAsync(http, result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType, result, aborted);
        }
        catch (HttpProblem problem)
        {
            Log.Rejected(logger, problem.StatusCode, problem.Code, problem.Message);
            await WriteAsync(http, problem.StatusCode, mediaType ?? ResponseMediaTypes.Json, new ExecutionResult(new ArchiveError(problem.Code, problem.Message)), aborted);
        }
        catch (SyntaxError error)
        {
            Log.Rejected(logger, StatusCodes.Status400BadRequest, ErrorCodes.ParseFailed, error.Message);
            await WriteAsync(http, StatusCodes.Status400BadRequest, mediaType ?? ResponseMediaTypes.Json, new ExecutionResult(error), aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nobody is listening for a response.
            Log.ClientAborted(logger, operationName);
        }
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

        var fields = DocumentLimits.CountFields(document);
        if (fields > settings.MaxFieldCount)
        {
            throw new HttpProblem(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex,
                $"the document selects {fields} fields; at most {settings.MaxFieldCount} are allowed");
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

    private static ArchiveUserContext UserContextFor(HttpRequest request, ApiOptions settings)
    {
        if (string.IsNullOrEmpty(settings.ApiKey))
        {
            return new ArchiveUserContext { CanWrite = false, WriteRefusal = "writes are off on this server (no Api:ApiKey configured)" };
        }

        var presented = request.Headers[settings.ApiKeyHeader].ToString();
        if (presented.Length == 0)
        {
            return new ArchiveUserContext { CanWrite = false, WriteRefusal = $"writes require the API key in the {settings.ApiKeyHeader} header" };
        }

        var valid = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(settings.ApiKey));
        return valid
            ? new ArchiveUserContext { CanWrite = true }
            : new ArchiveUserContext { CanWrite = false, WriteRefusal = $"the {settings.ApiKeyHeader} header does not hold a valid API key" };
    }

    private async Task WriteAsync(HttpContext http, int statusCode, string mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

}
