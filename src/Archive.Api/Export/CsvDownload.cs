using System.Text;
using Archive.Api.GraphQL.Errors;
using Archive.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Archive.Api.Export;

/// <summary>
/// What every CSV download does the same: a refused request as /graphql's JSON error (400, before any row), and rows
/// streamed as UTF-8 with a BOM (so Excel shows the Chinese), flushed every so many rows, the response cut when a
/// row fails after the status line has gone (a broken download, never a short file that looks whole).
/// </summary>
internal static class CsvDownload
{
    public static async Task RefuseAsync(HttpContext http, IGraphQLTextSerializer serializer, ArchiveError error, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = ResponseMediaTypes.Json + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult(error), cancellationToken);
    }

    /// <param name="onFailure">Told how many rows were written before the failure (to log it).</param>
    public static async Task StreamAsync<T>(
        HttpContext http, string fileName, string header, IAsyncEnumerable<T> rows, Action<StringBuilder, T> appendLine, int flushEveryRows,
        Action<long, Exception> onFailure, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await http.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);

        long written = 0;
        try
        {
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
            await writer.WriteAsync(header + "\r\n");
            var line = new StringBuilder(512);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                appendLine(line.Clear(), row);
                await writer.WriteAsync(line, cancellationToken);
                if (++written % flushEveryRows == 0)
                {
                    await writer.FlushAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            onFailure(written, ex);
            http.Abort();
        }
    }
}
