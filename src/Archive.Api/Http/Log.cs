using Microsoft.Extensions.Logging;

namespace Archive.Api.Http;

/// <summary>Log messages of the HTTP API (event ids 41xx).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "GraphQL operation {OperationName} failed in a resolver")]
    public static partial void ResolverFailed(ILogger logger, string? operationName, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "GraphQL operation {OperationName} timed out after {ElapsedMs} ms")]
    public static partial void TimedOut(ILogger logger, string? operationName, long elapsedMs);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Client went away during GraphQL operation {OperationName}")]
    public static partial void ClientAborted(ILogger logger, string? operationName);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Rejected GraphQL request ({StatusCode} {Code}): {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string code, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "Metric export failed after {Rows} rows")]
    public static partial void ExportFailed(ILogger logger, long rows, Exception exception);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Error, Message = "Search export failed after {Rows} rows")]
    public static partial void SearchExportFailed(ILogger logger, long rows, Exception exception);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "GraphQL result of operation larger than {Limit} bytes was replaced by RESPONSE_TOO_LARGE")]
    public static partial void ResponseTooLarge(ILogger logger, int limit);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Error, Message = "GraphQL request {OperationName} failed outside execution")]
    public static partial void RequestFailed(ILogger logger, string? operationName, Exception exception);
}
