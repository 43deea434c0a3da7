using System.Text;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Types;
using Archive.Application.Ingestion;
using Archive.Ingest.Pipeline;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL;

/// <summary>The root mutation. Every field writes, so every field requires the API key (see ApiOptions.ApiKey).</summary>
public sealed class ArchiveMutation : ObjectGraphType
{
    private const int MaxFileNameLength = 255;

    public ArchiveMutation()
    {
        Name = "Mutation";
        Description = "Write access. Requires the API key in the configured header (X-Api-Key by default); off unless a key is configured.";

        Field<NonNullGraphType<IngestReportPayloadGraphType>, IngestReportPayload>("ingestReport")
            .Description("Ingests one report given as text: decode, understand, store and index, as `archive ingest` does for a file. The same text again changes nothing.")
            .Argument<NonNullGraphType<StringGraphType>>("fileName", "The report's file name (e.g. 2020年报告.txt); uploading new text under the same name replaces the earlier upload.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The full report text.")
            .ResolveAsync(IngestReport);

        SavedSearches.SavedSearchFields.AddMutations(this);
    }

    private static async Task<IngestReportPayload?> IngestReport(IResolveFieldContext<object?> context)
    {
        if (context.UserContext is not ArchiveUserContext { CanWrite: true })
        {
            throw ArchiveError.Unauthenticated((context.UserContext as ArchiveUserContext)?.WriteRefusal ?? "writes require an API key");
        }

        var fileName = context.GetArgument<string>("fileName");
        if (fileName.Length is 0 or > MaxFileNameLength || fileName.Any(c => c is '/' or '\\' || char.IsControl(c)) || fileName is "." or "..")
        {
            throw ArchiveError.BadUserInput($"fileName: 1 to {MaxFileNameLength} characters, no path separators or control characters");
        }

        var text = context.GetArgument<string>("text");
        try
        {
            var outcome = await context.Service<IngestService>().IngestBytesAsync($"api/{fileName}", Encoding.UTF8.GetBytes(text), context.CancellationToken);
            return new IngestReportPayload(outcome.Status, outcome.ReportId);
        }
        catch (IngestException ex)
        {
            throw ArchiveError.BadUserInput($"text: {ex.Message}");
        }
    }
}
