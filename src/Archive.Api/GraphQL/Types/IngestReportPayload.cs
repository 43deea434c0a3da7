using Archive.Storage;

namespace Archive.Api.GraphQL.Types;

/// <summary>The result of `ingestReport`.</summary>
public sealed record IngestReportPayload(StoreStatus Status, long ReportId);
